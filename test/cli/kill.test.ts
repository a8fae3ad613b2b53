import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeTrigger, type KillOutcome, type KillTrigger, runUntilKilled } from '../helpers/kill.js';
import { html, startServer } from '../helpers/server.js';
import { seededRandom, storyPage } from '../helpers/stories.js';
import { useTempDirs } from '../helpers/tmp.js';

// The README's cron recipe, SIGKILLed at random moments and run again until it finishes: every
// article must end up in out.jsonl exactly once, and the state store intact and complete.

const tempDir = useTempDirs();
/** `KILL_SEED=<seed> npx vitest run test/cli/kill.test.ts` repeats a failing sequence of kill points. */
const SEED = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KILLS = 20;
/** Articles per batch: the first half listed in list.txt (-i), the second half in a sitemap. */
const PAGES = 30;
/** The last few of list.txt are in the sitemap too, as happens with `-i failed.txt`. */
const LISTED_TWICE = 3;
/** After this many kills in a row, a batch's next run is let finish. */
const MAX_KILLS_IN_A_ROW = 4;

/** Sites the articles are spread over: one request at a time per host, so more hosts, more fetches in flight. */
const SITES = 3;

interface NewsSites {
  urls: string[];
  sitemap: string;
  /** Emits `request` with the URL of every request, as it arrives and before it is answered. */
  requests: EventEmitter;
}

/** Article n on site n % SITES; the first site's sitemap lists the second half of them, and LISTED_TWICE more. */
async function newsSites(): Promise<NewsSites> {
  const requests = new EventEmitter();
  const urls: string[] = [];
  const announce = (request: IncomingMessage, url: URL): void => {
    requests.emit('request', `http://${request.headers.host}${url.pathname}`);
  };
  const servers = await Promise.all(
    Array.from({ length: SITES }, () =>
      startServer({
        '/robots.txt': (request, response, url) => {
          announce(request, url);
          html('', {}, 404)(request, response, url);
        },
        '/sitemap.xml': (request, response, url) => {
          announce(request, url);
          const listed = urls.slice(PAGES / 2 - LISTED_TWICE).map((loc) => `<url><loc>${loc}</loc></url>`).join('');
          html(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${listed}</urlset>`, { 'content-type': 'application/xml' })(request, response, url);
        },
        '/berita/*': async (request, response, url) => {
          announce(request, url);
          const n = Number(url.pathname.split('/')[2]);
          // A few milliseconds' latency, different per page, so that the fetches in flight overlap unevenly.
          await new Promise((resolve) => setTimeout(resolve, (n * 7) % 11));
          html(storyPage(n))(request, response, url);
        },
      }),
    ),
  );
  urls.push(...Array.from({ length: PAGES }, (_, n) => `${servers[n % SITES]!.origin}/berita/${n}`));
  return { urls, sitemap: `${servers[0]!.origin}/sitemap.xml`, requests };
}

/** A fresh batch folder: the URL list, and where the state and the output will go. */
function batchFolder(server: NewsSites): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'list.txt'), server.urls.slice(0, PAGES / 2).map((url) => `${url}\n`).join(''));
  return dir;
}

/** The cron recipe as README gives it, with the politeness turned down for a local server. */
function recipe(server: NewsSites): string[] {
  return ['-q', '-f', 'jsonl', '--state', 's.db', '--failed', 'failed.txt', '--append', 'out.jsonl', '-i', 'list.txt',
    '--sitemap', server.sitemap, '--delay', '0', '--retries', '0', '--concurrency', '4'];
}

/** The output's whole lines, each parsed (a line that is not whole JSON fails), and what follows the last newline. */
function readOutput(dir: string): { records: Record<string, any>[]; torn: string } {
  const path = join(dir, 'out.jsonl');
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [''];
  const torn = lines.pop()!;
  const records = lines.map((line, i) => {
    try {
      return JSON.parse(line) as Record<string, any>;
    } catch {
      throw new Error(`line ${i + 1} of out.jsonl is not a whole record: ${line.slice(0, 80)}`);
    }
  });
  return { records, torn };
}

/**
 * The URLs the state store lists as done, once SQLite has found the file intact. A killed run's
 * store is read from a copy: opening it replays its log, which is the next run's job, not ours.
 */
function doneUrls(dir: string): string[] {
  const copy = tempDir();
  const files = readdirSync(dir).filter((name) => name.startsWith('s.db'));
  for (const name of files) copyFileSync(join(dir, name), join(copy, name));
  if (!files.includes('s.db')) return [];
  const db = new Database(join(copy, 's.db'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const created = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'").pluck().get() === 1;
    return created ? db.prepare<[], string>('SELECT url FROM articles').pluck().all() : [];
  } finally {
    db.close();
  }
}

function repeated(values: string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

/**
 * What a killed run may leave: no article twice, none recorded as done without its line, and at
 * most one line not yet recorded, the last (the one the rerun adopts). Returns what it saw.
 */
function checkKilled(dir: string): string {
  const { records, torn } = readOutput(dir);
  const written = records.map((record) => record.input as string);
  const done = new Set(doneUrls(dir));
  expect(repeated(written), 'articles written twice').toEqual([]);
  expect([...done].filter((url) => !written.includes(url)), 'recorded as done without their line: lost').toEqual([]);
  const unrecorded = written.filter((url) => !done.has(url));
  expect(unrecorded.length, 'lines not recorded as done').toBeLessThanOrEqual(1);
  if (unrecorded.length === 1) expect(unrecorded[0], 'the line not recorded is the last').toBe(written.at(-1));
  const seen = [`${written.length} lines`, `${done.size} done`];
  if (unrecorded.length === 1) seen.push('the last line written but not recorded');
  if (torn) seen.push(`a line cut at ${torn.length} bytes`);
  return seen.join(', ');
}

/** A finished batch: every article exactly once, whole, and every URL done in an intact store. */
function checkComplete(dir: string, urls: string[]): void {
  const { records, torn } = readOutput(dir);
  expect(torn, 'a partial last line').toBe('');
  expect(records.filter((record) => 'error' in record)).toEqual([]);
  expect(records.map((record) => record.input).sort()).toEqual([...urls].sort());
  expect(doneUrls(dir).sort()).toEqual([...urls].sort());
}

/**
 * The kinds of kill point, taken in turn so that each comes up; their moments are random. A
 * request trigger lands while the run waits for that URL: robots.txt comes before any page (and
 * any line), the last pages near the end of a batch.
 */
const TRIGGERS: ((random: () => number, dir: string, fullRunMs: number, urls: string[]) => KillTrigger)[] = [
  (random, _dir, _ms, urls) => ({ kind: 'request', url: new URL('/robots.txt', urls[Math.floor(random() * SITES)]).href }),
  (random, _dir, fullRunMs) => ({ kind: 'delay', ms: Math.round(random() * fullRunMs) }),
  (random, _dir, _ms, urls) => ({ kind: 'request', url: urls[Math.floor(random() * PAGES)]! }),
  (random, dir) => ({ kind: 'change', folder: dir, name: /^out\.jsonl$/, nth: 1 + Math.floor(random() * 8) }),
  (random, dir) => ({ kind: 'change', folder: dir, name: /^s\.db-wal$/, nth: 1 + Math.floor(random() * 30) }),
  (random, _dir, _ms, urls) => ({ kind: 'request', url: urls[PAGES - 1 - Math.floor(random() * 3)]! }),
];

describe('SIGKILL and run again, with --state and --append (the cron recipe)', () => {
  it(`writes every article exactly once over ${KILLS} random kill points`, async () => {
    const server = await newsSites();
    const random = seededRandom(SEED);
    const first = batchFolder(server);
    const full = await runUntilKilled(recipe(server), first, null, server.requests);
    expect(full.stderr).toBe('');
    checkComplete(first, server.urls);
    const log = [`kill test: seed ${SEED} (KILL_SEED=${SEED} repeats it); a whole batch took ${full.ms} ms`];
    try {
      for (let kills = 0; kills < KILLS; ) {
        const dir = batchFolder(server);
        for (let inARow = 0; ; inARow += 1) {
          const trigger = kills < KILLS && inARow < MAX_KILLS_IN_A_ROW ? TRIGGERS[kills % TRIGGERS.length]!(random, dir, full.ms, server.urls) : null;
          const outcome = await runUntilKilled(recipe(server), dir, trigger, server.requests);
          if (!outcome.killed) {
            expect(outcome.stderr).toBe('');
            expect(outcome.code).toBe(0);
            checkComplete(dir, server.urls);
            log.push(`  the next run finished: every article once`);
            break;
          }
          kills += 1;
          log.push(`kill ${kills} ${describeTrigger(trigger!)}: ${checkKilled(dir)}`);
        }
      }
    } finally {
      console.log(log.join('\n'));
    }
  }, 120_000);
});

describe('what a kill leaves in an --append file, mended by the next run', () => {
  /** A finished batch whose last article's line is in the output but, as after a kill, not in the state. */
  async function lastLineUnrecorded(server: NewsSites): Promise<{ dir: string; lastLine: string }> {
    const dir = batchFolder(server);
    const listOnly = recipe(server).filter((arg, i, all) => arg !== '--sitemap' && all[i - 1] !== '--sitemap');
    writeFileSync(join(dir, 'list.txt'), server.urls.slice(0, -1).join('\n'));
    expect((await runUntilKilled(listOnly, dir, null)).code).toBe(0);
    copyFileSync(join(dir, 's.db'), join(dir, 'before.db'));
    writeFileSync(join(dir, 'list.txt'), server.urls.at(-1)!);
    expect((await runUntilKilled(listOnly, dir, null)).code).toBe(0);
    copyFileSync(join(dir, 'before.db'), join(dir, 's.db'));
    writeFileSync(join(dir, 'list.txt'), server.urls.slice(0, PAGES / 2).join('\n'));
    return { dir, lastLine: readFileSync(join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n').at(-1)! };
  }

  it('adopts a last line written but not recorded: not fetched, not written again', async () => {
    const server = await newsSites();
    const { dir } = await lastLineUnrecorded(server);
    const fetched: string[] = [];
    server.requests.on('request', (url: string) => fetched.push(url));
    const rerun = await runUntilKilled(recipe(server), dir, null, server.requests);
    expect(rerun.stderr).toBe('');
    checkComplete(dir, server.urls);
    expect(fetched.filter((url) => url.includes('/berita/'))).toEqual([]);
  });

  it('cuts off a line a kill left half written, and writes that article again, whole', async () => {
    const server = await newsSites();
    const { dir, lastLine } = await lastLineUnrecorded(server);
    const out = join(dir, 'out.jsonl');
    const half = Buffer.byteLength(lastLine) >> 1;
    truncateSync(out, statSync(out).size - Buffer.byteLength(lastLine) - 1 + half);
    const rerun = await runUntilKilled(recipe(server).filter((arg) => arg !== '-q'), dir, null, server.requests);
    expect(rerun.stderr).toBe(`kliping: out.jsonl: warning: cut off ${half} bytes at its end: a line an interrupted run did not finish\n`);
    checkComplete(dir, server.urls);
  });
});

describe('SIGKILL during a folder → --output-dir run, and the same command again', () => {
  it('leaves only whole files, and the rerun finishes the folder with no temporary file left', async () => {
    const dir = tempDir();
    const saved = join(dir, 'saved');
    mkdirSync(join(saved, 'daerah'), { recursive: true });
    for (let n = 0; n < PAGES; n += 1) writeFileSync(join(saved, n % 4 === 0 ? 'daerah' : '', `kabar-${n}.html`), storyPage(n));
    const command = (out: string): string[] => [saved, '-o', out, '-f', 'json'];
    const reference = await runUntilKilled(command(join(dir, 'reference')), dir, null);
    expect(reference.code).toBe(0);
    const expected = filesUnder(join(dir, 'reference'));
    const out = join(dir, 'out');
    mkdirSync(out); // watched for temporary files from the start
    const random = seededRandom(SEED + 1);
    const log = [`folder kill test: seed ${SEED}`];
    for (let kills = 0; kills < 4; ) {
      // A kill as a temporary file appears lands between creating it and renaming it.
      const trigger: KillTrigger = kills % 2 === 0
        ? { kind: 'change', folder: out, name: /\.tmp$/, nth: 1 + Math.floor(random() * 20) }
        : { kind: 'delay', ms: Math.round(random() * reference.ms) };
      const outcome = await runUntilKilled(command(out), dir, trigger);
      if (!outcome.killed) break;
      kills += 1;
      const files = filesUnder(out);
      const temporary = [...files.keys()].filter((name) => name.endsWith('.tmp'));
      for (const [name, text] of files) if (!temporary.includes(name)) expect(text, `${name} is not whole`).toBe(expected.get(name));
      log.push(`kill ${kills} ${describeTrigger(trigger)}: ${files.size - temporary.length} files whole, ${temporary.length} temporary`);
    }
    console.log(log.join('\n'));
    const rerun = await runUntilKilled(command(out), dir, null);
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(filesUnder(out)).toEqual(expected);
  });
});

describe('SIGKILL during a --state run into --output-dir', () => {
  it("keeps a URL's file a killed run wrote but did not record, and records the URL done", async () => {
    const server = await newsSites();
    const dir = tempDir();
    const run = (urls: string[]): Promise<KillOutcome> =>
      runUntilKilled([...urls, '-q', '-f', 'json', '-o', 'out', '--state', 's.db', '--delay', '0', '--retries', '0'], dir, null);
    expect((await run(server.urls.slice(0, 1))).code).toBe(0);
    copyFileSync(join(dir, 's.db'), join(dir, 'before.db'));
    expect((await run(server.urls.slice(1, 2))).code).toBe(0);
    copyFileSync(join(dir, 'before.db'), join(dir, 's.db'));
    // The file as the killed run left it: the same story, fetched a moment earlier than the rerun will.
    const written = join(dir, 'out', '127.0.0.1', 'berita', '1.json');
    const killedRuns = readFileSync(written, 'utf8').replace(/"fetchedAt": "[^"]+"/, '"fetchedAt": "2024-06-18T01:00:00.000Z"');
    writeFileSync(written, killedRuns);
    const rerun = await run(server.urls.slice(0, 2));
    expect(rerun).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(written, 'utf8')).toBe(killedRuns);
    expect(doneUrls(dir).sort()).toEqual(server.urls.slice(0, 2).sort());
  });
});

/** Every file under `dir` (temporary ones too), by relative path, with its text. */
function filesUnder(dir: string): Map<string, string> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(names.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(dir, path), readFileSync(path, 'utf8')];
  }));
}
