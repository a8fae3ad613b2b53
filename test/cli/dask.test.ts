import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { type DaskCluster, daskMissing, runOnDask, startDaskCluster, until } from '../helpers/dask.js';
import { groupMembers, killGroup } from '../helpers/process-groups.js';
import { writeDump } from '../helpers/record-dump.js';
import { storyPage } from '../helpers/stories.js';
import { useTempDirs } from '../helpers/tmp.js';
import { type RecordSpec, warcFile } from '../helpers/warc.js';

// README's Dask recipe on a real cluster: a scheduler and two workers on 127.0.0.1, started here
// from Debian's python3-distributed, every task one kliping process. What the tasks write together
// must be what a single kliping process writes, record for record.

const missing = daskMissing();
const tempDir = useTempDirs();
/** As in the recipe: Dask gives the parallelism, so each kliping cleans on one thread. */
const KLIPING = [process.execPath, BIN, '--records', '-q', '-j', '1'];
let cluster: DaskCluster | undefined;
let clusterDir = '';

beforeAll(async () => {
  if (missing) return;
  clusterDir = mkdtempSync(join(tmpdir(), 'kliping-dask-'));
  cluster = await startDaskCluster(clusterDir, ['a', 'b']);
}, 30_000);

afterAll(async () => {
  if (!cluster) return;
  await cluster.stop();
  // Nothing outlives the test: no worker, and no kliping a killed worker had started.
  for (const pgid of cluster.groups) expect(groupMembers(pgid), `process group ${pgid}`).toEqual([]);
  rmSync(clusterDir, { recursive: true, force: true });
}, 30_000);

beforeEach(({ skip }) => skip(missing !== null, missing ?? undefined));

/** A dump of six files, broken lines and all, and the lines one kliping process writes for it. */
async function dumpAndSingleRun(): Promise<{ dir: string; inputs: string[]; single: string[] }> {
  const dir = tempDir();
  const inputs = writeDump(dir, 6, 20);
  const run = await runCli(['--records', '-q', ...inputs], { cwd: dir });
  expect(run.code).toBe(1); // the dump's broken lines
  const single = run.stdout.split('\n').slice(0, -1);
  expect(single).toHaveLength(120);
  expect(single.some((line) => line.includes('\u2028'))).toBe(true);
  return { dir, inputs, single };
}

/**
 * A result line with its input named by line number alone. Piped through standard input, the
 * records of a task are named `-:<line>` where one process over the files names them
 * `in/part-3.jsonl:<line>`: the line is the same, the name is per process (the join key is the
 * dump's own `id`).
 */
function byLineNumber(line: string): unknown {
  const record = JSON.parse(line) as { kliping: { input: string } };
  const { input } = record.kliping;
  return { ...record, kliping: { ...record.kliping, input: input.slice(input.lastIndexOf(':') + 1) } };
}

const pipedInputs = (lines: string[]): boolean => lines.every((line) => (JSON.parse(line) as { kliping: { input: string } }).kliping.input.startsWith('-:'));

describe('Dask', () => {
  it("pipes each file's lines through kliping on both workers: one run's records, in order, each at its line", async () => {
    const { dir, inputs, single } = await dumpAndSingleRun();
    const run = await runOnDask(cluster!, { cwd: dir, inputs, command: KLIPING, outputDir: join(dir, 'out'), workers: 2 });
    expect(run.taskWorkers).toHaveLength(6);
    expect(new Set(run.taskWorkers)).toEqual(new Set(['a', 'b']));
    expect(pipedInputs(run.lines)).toBe(true);
    expect(run.lines.map(byLineNumber)).toEqual(single.map(byLineNumber));
  }, 60_000);

  it('runs kliping on each file by name: exactly the lines of one run', async () => {
    const { dir, inputs, single } = await dumpAndSingleRun();
    const run = await runOnDask(cluster!, { cwd: dir, inputs, command: [...KLIPING, '{}'], outputDir: join(dir, 'out'), workers: 2 });
    expect(run.lines).toEqual(single);
  }, 60_000);

  it('cleans small WARC files, one task each: exactly the lines of one run, WARC coordinates and all', async () => {
    const dir = tempDir();
    const inputs = await Promise.all(
      [0, 1, 2].map(async (file) => {
        const specs: RecordSpec[] = [{ type: 'warcinfo' }];
        for (let page = 0; page < 4; page += 1) {
          const url = `https://berita-${file}.example.id/${page}`;
          specs.push({ type: 'request', url }, { type: 'response', url, httpHeaders: { 'Content-Type': 'text/html' }, body: storyPage(file * 10 + page) });
        }
        specs.push({ type: 'response', url: `https://berita-${file}.example.id/logo.png`, httpHeaders: { 'Content-Type': 'image/png' }, body: 'png' });
        writeFileSync(join(dir, `crawl-${file}.warc.gz`), (await warcFile(specs, true)).bytes);
        return `crawl-${file}.warc.gz`;
      }),
    );
    const single = await runCli([...inputs, '-f', 'jsonl', '-q'], { cwd: dir });
    expect(single.code).toBe(0);
    const lines = single.stdout.split('\n').slice(0, -1);
    expect(lines).toHaveLength(12);
    const run = await runOnDask(cluster!, { cwd: dir, inputs, command: [process.execPath, BIN, '{}', '-f', 'jsonl', '-q', '-j', '1'], outputDir: join(dir, 'out'), workers: 2 });
    expect(run.lines).toEqual(lines);
    expect(JSON.parse(run.lines[5]!)).toMatchObject({ warc_filename: 'crawl-1.warc.gz', warc_record_offset: expect.any(Number) });
  }, 60_000);

  it('a worker SIGKILLed while its kliping runs, and another started: Dask runs the lost task again, every record exactly once', async () => {
    const { dir, inputs, single } = await dumpAndSingleRun();
    const victim = cluster!.workers.get('b')!.pid!;
    const running = runOnDask(cluster!, { cwd: dir, inputs, command: KLIPING, outputDir: join(dir, 'out'), workers: 2 });
    // The worker goes with its kliping process, as when its machine goes down.
    const node = basename(process.execPath).slice(0, 15);
    await until(() => groupMembers(victim).some((member) => member.command === node), 30_000, () => 'worker b never ran kliping');
    await killGroup(victim, 'SIGKILL');
    cluster!.startWorker('c');
    const run = await running;
    expect(pipedInputs(run.lines)).toBe(true);
    expect(run.lines.map(byLineNumber)).toEqual(single.map(byLineNumber));
  }, 60_000);
});
