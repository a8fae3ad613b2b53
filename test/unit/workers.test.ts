import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { resolveCleanOptions } from '../../src/clean-options.js';
import * as errors from '../../src/errors.js';
import { processDocument } from '../../src/pipeline.js';
import { knownDocumentCount } from '../../src/input/index.js';
import { docTimeoutError, stageDeadline } from '../../src/workers/budget.js';
import { defaultJobs, documentsWorthCounting } from '../../src/workers/index.js';
import { extractTask } from '../../src/workers/in-process.js';
import { fromWireError, packTask, toWireError } from '../../src/workers/messages.js';
import { WorkerPool, type PoolOptions } from '../../src/workers/pool.js';
import { fixtureCases } from '../helpers/fixtures.js';
import { hugePage } from '../helpers/huge-page.js';
import { useTempDirs } from '../helpers/tmp.js';

// Tests run the sources; a worker thread needs the built script (npm test builds first).
const BUILT_WORKER = new URL('../../dist/workers/worker.js', import.meta.url);
const { name: _, ...cleaning } = resolveCleanOptions();
const setup = { ...cleaning, profile: false, removals: true };
const tempDir = useTempDirs();

async function withPool<T>(options: Partial<PoolOptions>, use: (pool: WorkerPool) => Promise<T>): Promise<T> {
  const pool = new WorkerPool({ size: 2, docTimeoutMs: 10_000, setup, script: BUILT_WORKER, ...options });
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}

const settle = (promise: Promise<{ article: { input: string } }>): Promise<string> =>
  promise.then((extracted) => `ok ${extracted.article.input}`, (error: errors.KlipingError) => `${error.code} ${error.input}`);

describe('the worker pool', () => {
  it('gives every document its own record, the same as cleaning it in the main thread', async () => {
    const pages = fixtureCases().map((fixture) => ({ name: fixture.name, bytes: readFileSync(fixture.inputPath) }));
    const inMainThread = await Promise.all(pages.map((page) => extractTask({ document: { bytes: page.bytes } }, { ...cleaning, name: page.name }, { ...setup, blocking: false })));
    const pooled = await withPool({}, (pool) => Promise.all(pages.map((page) => pool.extract({ document: { bytes: Buffer.from(page.bytes) } }, page.name))));
    expect(pooled).toEqual(inMainThread);
    expect(pooled.some((extracted) => extracted.removals.length > 0)).toBe(true);
  });

  it("reads a file in the worker: the same record as its bytes give, and the file's own errors", async () => {
    const fixture = fixtureCases()[0]!;
    const dir = tempDir();
    writeFileSync(join(dir, 'big.html'), Buffer.alloc(2000, 'a'));
    const file = (path: string) => ({ file: { path, maxBytes: 1000 } });
    const [fromFile, fromBytes, missing, big] = await withPool({}, (pool) =>
      Promise.all([
        pool.extract({ file: { path: fixture.inputPath, maxBytes: 10_000_000 } }, 'page.html'),
        pool.extract({ document: { bytes: readFileSync(fixture.inputPath) } }, 'page.html'),
        settle(pool.extract(file(join(dir, 'none.html')), 'none.html')),
        settle(pool.extract(file(join(dir, 'big.html')), 'big.html')),
      ]),
    );
    expect(fromFile).toEqual(fromBytes);
    expect([missing, big]).toEqual(['E_INPUT_NOT_FOUND none.html', 'E_INPUT_TOO_LARGE big.html']);
  });

  it('keeps what the stages removed in the worker unless the run asks for it (--debug)', async () => {
    const bytes = readFileSync(fixtureCases()[0]!.inputPath);
    const extract = (removals: boolean) => withPool({ setup: { ...setup, removals } }, (pool) => pool.extract({ document: { bytes: Buffer.from(bytes) } }, 'page.html'));
    const [quiet, listed] = [await extract(false), await extract(true)];
    expect(quiet.removals).toEqual([]);
    expect(listed.removals.length).toBeGreaterThan(0);
    expect(quiet.article).toEqual(listed.article);
  });

  it('fails only the document that exhausts a worker heap (E_DOC_MEMORY), and replaces the worker', async () => {
    const small = readFileSync(fixtureCases()[0]!.inputPath);
    const results = await withPool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 32 } }, (pool) =>
      Promise.all([
        settle(pool.extract({ document: { bytes: Buffer.from(small) } }, 'before.html')),
        settle(pool.extract({ document: { bytes: Buffer.from(hugePage(20_000)) } }, 'huge.html')),
        settle(pool.extract({ document: { bytes: Buffer.from(small) } }, 'after.html')),
      ]),
    );
    expect(results).toEqual(['ok before.html', 'E_DOC_MEMORY huge.html', 'ok after.html']);
  });

  it('fails each document, without restarting forever, when its worker cannot start', async () => {
    const results = await withPool({ script: new URL('./no-such-worker.js', BUILT_WORKER) }, (pool) =>
      Promise.all(['a.html', 'b.html', 'c.html'].map((name) => settle(pool.extract({ document: { bytes: Buffer.from('<p>x</p>') } }, name)))),
    );
    expect(results).toEqual(['E_INTERNAL a.html', 'E_INTERNAL b.html', 'E_INTERNAL c.html']);
  });
});

describe('documents crossing to a worker', () => {
  it('transfer their own bytes, and copy a slice of the shared Buffer pool rather than detach it', () => {
    const shared = Buffer.from('<p>kecil</p>'); // small: a slice of Node's shared pool
    const owned = Buffer.from(new Uint8Array(64).buffer);
    const { task, transfer } = packTask({ document: { bytes: shared, pages: [{ bytes: owned }] } });
    expect(transfer).toHaveLength(2);
    expect(transfer[0]).not.toBe(shared.buffer);
    expect('document' in task && task.document.bytes.toString()).toBe('<p>kecil</p>');
    expect(transfer[1]).toBe(owned.buffer);
  });

  it('come back with errors of the same class, code, message and input', () => {
    const concrete = Object.values(errors).filter(
      (value): value is new (message: string, options: object) => errors.KlipingError =>
        typeof value === 'function' && value.prototype instanceof errors.KlipingError && !/^(Input|Output|Fetch|Discovery|State|DocumentLimit)Error$/.test(value.name),
    );
    for (const ErrorClass of concrete) {
      const original = new ErrorClass('reason', { input: 'page.html', failures: [] });
      const rebuilt = fromWireError(structuredClone(toWireError(original)));
      expect(rebuilt).toBeInstanceOf(ErrorClass);
      expect([rebuilt.code, rebuilt.message, rebuilt.input]).toEqual([original.code, 'reason', 'page.html']);
    }
  });
});

describe('the budget in the main thread', () => {
  it('fails a document once its time is up, naming the input and the budget', async () => {
    const deadline = stageDeadline('page.html', 1);
    await sleep(5);
    expect(() => deadline.check()).toThrow(docTimeoutError('page.html', 1));
    expect(docTimeoutError('page.html', 10_000).message).toMatch(/budget of 10s/);
    expect(() => stageDeadline('page.html', 60_000).check()).not.toThrow();
  });

  it('is checked between the stages', () => {
    const page = { bytes: readFileSync(fixtureCases()[0]!.inputPath) };
    let checks = 0;
    processDocument(page, resolveCleanOptions(), { check: () => void (checks += 1) });
    expect(checks).toBeGreaterThanOrEqual(4);
    const overBudget = docTimeoutError('page.html', 1);
    expect(() => processDocument(page, resolveCleanOptions(), { check: () => { throw overBudget; } })).toThrow(overBudget);
  });
});

describe('how many workers a run gets without -j', () => {
  it('is one per core, but one per 200 documents of a run known to be shorter, and at least one', () => {
    expect(defaultJobs(2, null)).toBe(2);
    expect([1, 181, 399, 400, 905].map((documents) => defaultJobs(2, documents))).toEqual([1, 1, 1, 2, 2]);
    expect(defaultJobs(8, 1000)).toBe(5);
  });

  it('counts documents only as far as they can lower the default, and with -j given only to tell one from many', () => {
    expect(documentsWorthCounting({})).toBe(availableParallelism() * 200);
    expect(documentsWorthCounting({ jobs: 2 })).toBe(1);
  });

  it('counts the documents of files and URLs, and none of a folder, WARC file, list, listing or records', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.html'), '<p>a</p>');
    writeFileSync(join(dir, 'b.warc.gz'), '');
    mkdirSync(join(dir, 'folder'));
    const count = (inputs: string[], more: { inputLists?: string[]; records?: boolean; sitemap?: boolean } = {}, atMost = 100) =>
      knownDocumentCount(
        { inputs, inputLists: more.inputLists ?? [], listings: more.sitemap ? [{ kind: 'sitemap', url: 'https://a.example.id/sitemap.xml' }] : [], records: more.records ?? false },
        atMost,
      );
    expect(await count([join(dir, 'a.html'), 'https://a.example.id/berita/1', join(dir, 'missing.html')])).toBe(3);
    expect(await count(['-'])).toBe(1);
    expect(await count([join(dir, 'a.html'), join(dir, 'folder')])).toBeNull();
    expect(await count([join(dir, 'b.warc.gz')])).toBeNull();
    expect(await count([join(dir, 'a.html')], { inputLists: ['list.txt'] })).toBeNull();
    expect(await count([join(dir, 'a.html')], { records: true })).toBeNull();
    expect(await count([join(dir, 'a.html')], { sitemap: true })).toBeNull();
    expect(await count([join(dir, 'a.html'), join(dir, 'a.html')], {}, 1)).toBeNull();
    expect(await count([])).toBeNull();
  });
});
