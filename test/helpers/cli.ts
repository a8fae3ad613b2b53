import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/kliping.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Bytes or text piped to standard input; without it stdin is an empty, closed pipe. */
  stdin?: string | Buffer;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** Runs the real command line (the built bin/kliping.js) as a user would, and collects its output. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return runCommand(process.execPath, [BIN, ...args], options);
}

/** Runs `command` (kliping under a launcher such as GNU parallel) as runCli runs kliping. */
export function runCommand(command: string, args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env, stdio: 'pipe' });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}

/** What `observe-network.mjs` saw the CLI do: DNS lookups, connections, and its peak memory at exit. */
export type NetworkEvent =
  | { event: 'lookup'; host: string; address: string | undefined; error: string | null }
  | { event: 'connect'; address: string; port: number }
  | { event: 'exit'; maxRssBytes: number };

const OBSERVER = pathToFileURL(fileURLToPath(new URL('./observe-network.mjs', import.meta.url))).href;

/** Runs the command line with the network observer preloaded, and returns what it saw too. */
export async function runCliObserved(args: string[], options: CliOptions = {}): Promise<CliResult & { events: NetworkEvent[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'kliping-observe-'));
  const log = join(dir, 'events.jsonl');
  try {
    const result = await runCli(args, { ...options, env: { ...options.env, NODE_OPTIONS: `--import=${OBSERVER}`, KLIPING_OBSERVE: log } });
    const events = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as NetworkEvent);
    return { ...result, events };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
