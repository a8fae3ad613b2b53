import Database from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bandKeys } from '../../src/state/fingerprint.js';
import { fingerprintText, type StateEntry, StateStore } from '../../src/state/index.js';
import { useTempDirs } from '../helpers/tmp.js';

// The children run the built store, as a cron run would: `npm test` builds dist/ first.
const BUILT_STATE = fileURLToPath(new URL('../../dist/state/index.js', import.meta.url));

const KILLS = 5;
/** A kill lands up to this long after the child's first record (about 0.4 ms a record here). */
const MAX_KILL_DELAY_MS = 250;

// Source shared by the children and the checks: every entry follows from its run and number.
const TEXT_FOR = `(run, i) => Array.from({ length: 80 }, (_, j) => 'kata' + ((run * 100003 + i * 7919 + j * 104729) % 1000003)).join(' ')`;
const ENTRY_FOR = `(run, i) => ({
  url: 'https://contoh.id/berita/' + run + '/' + i,
  canonicalUrl: 'https://contoh.id/kanonik/' + run + '/' + i,
  fetchedAt: new Date(Date.UTC(2024, 6, 17, run, 0, 0, i)).toISOString(),
  etag: '"' + run + '-' + i + '"',
  lastModified: i % 2 === 0 ? null : 'Wed, 17 Jul 2024 08:10:00 GMT',
  ...fingerprintText((${TEXT_FOR})(run, i)),
})`;

/** Records entries as fast as it can, printing each number once `record` has returned. */
const WRITER = `
const { StateStore, fingerprintText } = await import(process.env.STATE_MODULE);
const entryFor = ${ENTRY_FOR};
const run = Number(process.env.RUN);
const store = StateStore.open(process.env.STORE);
process.stdout.write('open\\n');
for (let i = 0; ; i += 1) {
  store.record(entryFor(run, i));
  process.stdout.write(i + '\\n');
}
`;

/** Records until a write fails, then reports the failure and what the store still answers. */
const FILLER = `
const { StateStore, fingerprintText } = await import(process.env.STATE_MODULE);
const entryFor = ${ENTRY_FOR};
const store = StateStore.open(process.env.STORE);
let i = 0;
try {
  for (; ; i += 1) store.record(entryFor(0, i));
} catch (error) {
  const has = (n) => store.has(entryFor(0, n).url);
  process.stdout.write(JSON.stringify({ confirmed: i - 1, message: error.message, hasLast: has(i - 1), hasFailed: has(i) }));
}
`;

/** Opens the store and holds it, as a long cron run does. */
const HOLDER = `
const { StateStore } = await import(process.env.STATE_MODULE);
StateStore.open(process.env.STORE);
process.stdout.write('open\\n');
setInterval(() => {}, 1000);
`;

const entryFor = new Function('fingerprintText', `return ${ENTRY_FOR}`)(fingerprintText) as (run: number, i: number) => StateEntry;
const textFor = new Function(`return ${TEXT_FOR}`)() as (run: number, i: number) => string;

/** The file size limit for the disk-full child, in `ulimit -f` blocks: some tens of records. */
const FULL_DISK_BLOCKS = 4096;

const tempDir = useTempDirs();

beforeAll(() => {
  if (!existsSync(BUILT_STATE)) throw new Error(`${BUILT_STATE} is missing: build first (npx tsc -p .)`);
});

function startChild(source: string, store: string, run = 0, fileSizeLimitBlocks?: number): ChildProcess {
  const env = { ...process.env, STATE_MODULE: pathToFileURL(BUILT_STATE).href, STORE: store, RUN: String(run) };
  const node = [process.execPath, '--input-type=module', '-e', source];
  // `ulimit -f` fills the disk for this child alone: a write past it fails (EFBIG; Node ignores SIGXFSZ).
  const command = fileSizeLimitBlocks === undefined ? node : ['/bin/sh', '-c', `ulimit -f ${fileSizeLimitBlocks} && exec "$@"`, 'sh', ...node];
  return spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Runs a writer and SIGKILLs it `killDelayMs` after its first record. Resolves with the last
 * number it confirmed: every record up to it had returned.
 */
function recordUntilKilled(store: string, run: number, killDelayMs: number): Promise<number> {
  const child = startChild(WRITER, store, run);
  let confirmed = -1;
  let pending = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line !== 'open') confirmed = Number(line);
    // A timer, not a count of confirmed records: killing on a line lands right after a record.
    if (confirmed >= 0) timer ??= setTimeout(() => child.kill('SIGKILL'), killDelayMs);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('close', (_, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(confirmed);
      else reject(new Error(`writer ended by itself (${signal}): ${stderr}`));
    });
  });
}

function waitUntilOpen(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('open')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

interface StoredRow {
  url: string;
  canonical_url: string;
  fetched_at: string;
  etag: string;
  last_modified: string | null;
  fingerprint: Buffer;
  content_hash: Buffer;
  id: number;
}

const byValue = (a: number, b: number): number => a - b;

/** Checks the file as plain SQLite: intact, every row whole, every run's rows a prefix. */
function checkConsistent(path: string, confirmedByRun: number[]): void {
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare<[], StoredRow>('SELECT * FROM articles ORDER BY id').all();
    const bands = new Map<number, number[]>();
    for (const { article_id, band_key } of db.prepare<[], { article_id: number; band_key: number }>('SELECT * FROM article_bands').all()) {
      bands.set(article_id, [...(bands.get(article_id) ?? []), band_key]);
    }
    const countByRun = confirmedByRun.map(() => 0);
    for (const row of rows) {
      const [run, i] = row.url.split('/').slice(-2).map(Number) as [number, number];
      const expected = entryFor(run, i);
      expect(i, `run ${run} skipped a record before ${i}`).toBe(countByRun[run]);
      countByRun[run] = i + 1;
      expect({
        canonicalUrl: row.canonical_url,
        fetchedAt: row.fetched_at,
        etag: row.etag,
        lastModified: row.last_modified,
        fingerprint: row.fingerprint.toString('hex'),
        contentHash: row.content_hash.toString('hex'),
      }).toEqual({ ...expected, url: undefined });
      expect(bands.get(row.id)?.sort(byValue)).toEqual(bandKeys(row.fingerprint).sort(byValue));
      bands.delete(row.id);
    }
    expect([...bands.keys()], 'band rows without their article').toEqual([]);
    confirmedByRun.forEach((confirmed, run) => {
      // Every confirmed record survived; at most the one in flight at the kill came in besides.
      expect(countByRun[run]).toBeGreaterThanOrEqual(confirmed + 1);
      expect(countByRun[run]).toBeLessThanOrEqual(confirmed + 2);
    });
  } finally {
    db.close();
  }
}

function countRows(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM articles').pluck().get()!;
  } finally {
    db.close();
  }
}

describe('the store when its run dies or its disk fills', () => {
  it(`stays consistent and loses no recorded entry when killed at ${KILLS} random moments`, async () => {
    const path = join(tempDir(), 's.db');
    const confirmedByRun: number[] = [];
    for (let run = 0; run < KILLS; run += 1) {
      const confirmed = await recordUntilKilled(path, run, Math.random() * MAX_KILL_DELAY_MS);
      confirmedByRun.push(confirmed);

      // The next run gets the lock the killed one held, and sees what it recorded.
      const store = StateStore.open(path);
      try {
        if (confirmed >= 0) {
          expect(store.has(`https://contoh.id/kanonik/${run}/${confirmed}`)).toBe(true);
          expect(store.findNearDuplicate(textFor(run, confirmed))?.url).toBe(`https://contoh.id/berita/${run}/${confirmed}`);
        }
      } finally {
        store.close();
      }
      checkConsistent(path, confirmedByRun);
    }
  }, 60_000);

  it('fails a record cleanly when the file cannot grow (a full disk), keeping every earlier one', async () => {
    const path = join(tempDir(), 's.db');
    const child = startChild(FILLER, path, 0, FULL_DISK_BLOCKS);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as { confirmed: number; message: string; hasLast: boolean; hasFailed: boolean };
    expect(report.confirmed).toBeGreaterThan(10);
    // A real full disk (ENOSPC) reads "the disk is full"; the size limit's EFBIG, "disk I/O error".
    const failed = `could not record ${entryFor(0, report.confirmed + 1).url} in state store ${path}`;
    expect([`${failed}: the disk is full`, `${failed}: disk I/O error`]).toContain(report.message);
    expect(report).toMatchObject({ hasLast: true, hasFailed: false });
    checkConsistent(path, [report.confirmed]);
    expect(countRows(path)).toBe(report.confirmed + 1);
  }, 20_000);

  it('refuses a second run while another process holds the store, and opens once that one is killed', async () => {
    const path = join(tempDir(), 's.db');
    const holder = startChild(HOLDER, path);
    try {
      await waitUntilOpen(holder);
      expect(() => StateStore.open(path)).toThrow(`state store ${path} is in use: another kliping run`);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((resolve) => holder.on('close', resolve));
    StateStore.open(path).close();
  }, 20_000);
});
