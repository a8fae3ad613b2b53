import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killGroup } from './process-groups.js';

// Debian's Python and Dask (python3-distributed), which .ci/run installs: the python3 first on a
// developer's PATH may well be another one, without Dask.
const PYTHON = '/usr/bin/python3';
const DASK = '/usr/bin/dask';
const DRIVER = fileURLToPath(new URL('./dask_records.py', import.meta.url));

/** Why Dask cannot run here, or null when it can. */
export function daskMissing(): string | null {
  if (existsSync(DASK) && spawnSync(PYTHON, ['-c', 'import distributed']).status === 0) return null;
  return `needs Debian's Dask (apt-get install python3-distributed, as .ci/run does): no ${DASK} or no distributed for ${PYTHON}`;
}

/** A scheduler and workers on 127.0.0.1, each the leader of its own process group. */
export interface DaskCluster {
  schedulerFile: string;
  /** The environment of its processes, for a client too. */
  env: NodeJS.ProcessEnv;
  workers: Map<string, ChildProcess>;
  /** Starts one more worker (one process, one thread), named `name`. */
  startWorker(name: string): void;
  /** Every process group started, the killed ones' too: none may outlive stop(). */
  groups: number[];
  stop(): Promise<void>;
}

/**
 * Starts a scheduler and the named workers in `dir`, logs in dir/<name>.log. Everything listens on
 * 127.0.0.1 only, on ports the system picks (the dashboard's HTTP server too, which --no-dashboard
 * leaves running), and the scheduler ends itself after two idle minutes should the test die
 * without stopping it.
 */
export async function startDaskCluster(dir: string, workerNames: string[]): Promise<DaskCluster> {
  const schedulerFile = join(dir, 'scheduler.json');
  // An empty configuration folder: a developer's ~/.config/dask must not change the test.
  const env = { ...process.env, DASK_CONFIG: join(dir, 'config') };
  mkdirSync(env.DASK_CONFIG, { recursive: true });
  const groups: number[] = [];
  const start = (name: string, args: string[]): ChildProcess => {
    const log = openSync(join(dir, `${name}.log`), 'a');
    const child = spawn(DASK, args, { cwd: dir, env, detached: true, stdio: ['ignore', log, log] });
    closeSync(log);
    groups.push(child.pid!);
    return child;
  };
  const local = ['--host', '127.0.0.1', '--no-dashboard', '--dashboard-address', '127.0.0.1:0'];
  start('scheduler', ['scheduler', ...local, '--port', '0', '--scheduler-file', schedulerFile, '--idle-timeout', '120s']);
  const workers = new Map<string, ChildProcess>();
  const startWorker = (name: string): void => {
    // No nanny: the worker is the process that runs the tasks, so killing it kills a running task.
    workers.set(name, start(name, ['worker', ...local, '--scheduler-file', schedulerFile, '--name', name, '--nthreads', '1', '--nworkers', '1', '--no-nanny', '--local-directory', join(dir, name), '--death-timeout', '60s']));
  };
  const stop = async (): Promise<void> => {
    await Promise.all(groups.map((pgid) => killGroup(pgid, 'SIGTERM')));
  };
  try {
    await until(() => readJson(schedulerFile) !== null, 20_000, () => `no ${schedulerFile}: ${readFileSync(join(dir, 'scheduler.log'), 'utf8')}`);
  } catch (error) {
    await stop();
    throw error;
  }
  for (const name of workerNames) startWorker(name);
  return { schedulerFile, env, workers, startWorker, groups, stop };
}

export interface DaskRun {
  /** Every task's output lines, task after task in input order, as Dask wrote them. */
  lines: string[];
  /** The name of the worker that ran each kliping task that finished (in no particular order). */
  taskWorkers: string[];
}

/**
 * Runs `command` over `inputs` (paths relative to `cwd`) with dask_records.py: a task per input
 * file, writing its output lines to a file of `outputDir`, once `workers` workers are connected.
 */
export function runOnDask(cluster: DaskCluster, options: { cwd: string; inputs: string[]; command: string[]; outputDir: string; workers: number }): Promise<DaskRun> {
  const args = [DRIVER, '--scheduler-file', cluster.schedulerFile, '--workers', String(options.workers), '--output-dir', options.outputDir, ...options.inputs, '--', ...options.command];
  const driver = spawn(PYTHON, args, { cwd: options.cwd, env: cluster.env });
  let stdout = '';
  let stderr = '';
  driver.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  driver.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    driver.on('error', reject);
    driver.on('close', (code) => {
      if (code !== 0) return reject(new Error(`dask_records.py exited with ${code}: ${stderr}`));
      const report = JSON.parse(stdout) as { workers: string[] };
      const files = readdirSync(options.outputDir).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
      resolve({
        lines: files.flatMap((name) => readFileSync(join(options.outputDir, name), 'utf8').split('\n').slice(0, -1)),
        taskWorkers: report.workers,
      });
    });
  });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null; // not yet written whole
  }
}

/** Waits until `ready()`, checking every 25 ms, or fails with `why()` after `timeoutMs`. */
export async function until(ready: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(why());
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
