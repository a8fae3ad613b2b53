import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KlipingError } from '../../src/errors.js';
import { fingerprintText, SCHEMA_VERSION, type StateEntry, StateStore } from '../../src/state/index.js';
import { STATE_QUERIES } from '../../src/state/queries.js';
import { MIGRATIONS, STATE_APPLICATION_ID } from '../../src/state/schema.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();
const opened: StateStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function openStore(path: string): StateStore {
  const store = StateStore.open(path);
  opened.push(store);
  return store;
}

function entry(url: string, overrides: Partial<StateEntry> = {}): StateEntry {
  return {
    url,
    canonicalUrl: null,
    fetchedAt: '2024-07-17T08:15:00.000Z',
    etag: null,
    lastModified: null,
    ...fingerprintText(`Isi berita dari ${url}.`),
    ...overrides,
  };
}

/** Reads a closed store with plain SQLite, as a person inspecting it would. */
function inspect<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const URL_A = 'https://www.antaranews.com/berita/4201234/bi-tahan-suku-bunga';

describe('opening a state store', () => {
  it('creates the file with its schema version and kliping application id', () => {
    const path = join(tempDir(), 's.db');
    openStore(path).close();
    expect(existsSync(path)).toBe(true);
    const header = inspect(path, (db) => ({
      version: db.pragma('user_version', { simple: true }),
      application: db.pragma('application_id', { simple: true }),
      integrity: db.pragma('integrity_check', { simple: true }),
    }));
    expect(header).toEqual({ version: SCHEMA_VERSION, application: STATE_APPLICATION_ID, integrity: 'ok' });
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('keeps what earlier runs recorded', () => {
    const path = join(tempDir(), 's.db');
    const first = openStore(path);
    first.record(entry(URL_A, { etag: '"v1"' }));
    first.close();
    const second = openStore(path);
    expect(second.has(URL_A)).toBe(true);
    expect(second.validators(URL_A)).toEqual({ etag: '"v1"', lastModified: null });
  });

  it('refuses a store written by a newer kliping, naming both versions', () => {
    const path = join(tempDir(), 's.db');
    openStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(
      `state store ${path} has schema version ${SCHEMA_VERSION + 1}, newer than this kliping understands (${SCHEMA_VERSION}); upgrade kliping`,
    );
  });

  it('refuses an SQLite database that is not a kliping store, and leaves it alone', () => {
    const path = join(tempDir(), 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    expect(() => openStore(path)).toThrow(`state store ${path} cannot be used: it is an SQLite database, but not a kliping state store`);
    expect(inspect(path, (other) => other.prepare('SELECT name FROM sqlite_schema').pluck().all())).toEqual(['notes']);
  });

  it('refuses a file that is not a database (--state out.jsonl by mistake) without touching it', () => {
    const path = join(tempDir(), 'out.jsonl');
    const lines = `${JSON.stringify({ url: URL_A, text: 'Isi berita.' })}\n`.repeat(50);
    writeFileSync(path, lines);
    expect(() => openStore(path)).toThrow(`state store ${path} cannot be used: it is not an SQLite database`);
    expect(readFileSync(path, 'utf8')).toBe(lines);
  });

  it('says so when the folder for the store does not exist', () => {
    const path = join(tempDir(), 'no-such-folder', 's.db');
    expect(() => openStore(path)).toThrow(KlipingError);
    expect(() => openStore(path)).toThrow(`state store ${path} cannot be used`);
  });
});

describe('the store lock', () => {
  it.each([
    ['a new store', false],
    ['an existing store', true],
  ])('makes a second open of %s fail, naming the file and the other run', (_, existing) => {
    const path = join(tempDir(), 's.db');
    if (existing) openStore(path).close();
    const first = openStore(path);
    const second = (): StateStore => openStore(path);
    expect(second).toThrow(KlipingError);
    expect(second).toThrow(`state store ${path} is in use: another kliping run (or a program reading it) holds its lock`);
    first.close();
    expect(second().has(URL_A)).toBe(false);
  });

  it('keeps readers out too, so nobody sees a half-written run', () => {
    const path = join(tempDir(), 's.db');
    openStore(path).record(entry(URL_A));
    const reader = new Database(path, { readonly: true, timeout: 0 });
    try {
      expect(() => reader.prepare('SELECT count(*) FROM articles').get()).toThrow(/database is locked/);
    } finally {
      reader.close();
    }
  });
});

describe('has, validators and record', () => {
  it('knows a URL by the URL requested and by the canonical URL of the page', () => {
    const store = openStore(join(tempDir(), 's.db'));
    const amp = 'https://m.antaranews.com/amp/berita/4201234/bi-tahan-suku-bunga';
    store.record(entry(amp, { canonicalUrl: URL_A }));
    expect(store.has(amp)).toBe(true);
    expect(store.has(URL_A)).toBe(true);
    expect(store.has('https://www.antaranews.com/berita/4201235/lain')).toBe(false);
  });

  it('gives the ETag and Last-Modified seen for the URL requested, and null when there are none', () => {
    const store = openStore(join(tempDir(), 's.db'));
    const lastModified = 'Wed, 17 Jul 2024 08:10:00 GMT';
    store.record(entry(URL_A, { etag: 'W/"4201234-3"', lastModified, canonicalUrl: 'https://antaranews.com/b/4201234' }));
    store.record(entry('https://kumparan.com/kumparanbisnis/bi-rate-1x2y3z'));
    expect(store.validators(URL_A)).toEqual({ etag: 'W/"4201234-3"', lastModified });
    expect(store.validators('https://kumparan.com/kumparanbisnis/bi-rate-1x2y3z')).toBeNull();
    expect(store.validators('https://antaranews.com/b/4201234')).toBeNull();
    expect(store.validators('https://www.antaranews.com/never-fetched')).toBeNull();
  });

  it('replaces the entry when the same URL is recorded again', () => {
    const path = join(tempDir(), 's.db');
    const store = openStore(path);
    store.record(entry(URL_A, { etag: '"v1"' }));
    store.record(entry(URL_A, { etag: '"v2"', canonicalUrl: 'https://antaranews.com/b/4201234' }));
    expect(store.validators(URL_A)).toEqual({ etag: '"v2"', lastModified: null });
    expect(store.has('https://antaranews.com/b/4201234')).toBe(true);
    store.close();
    expect(inspect(path, (db) => db.prepare('SELECT count(*) FROM articles').pluck().get())).toBe(1);
  });

  it('rejects an entry whose hashes fingerprintText could not have made, recording nothing', () => {
    const store = openStore(join(tempDir(), 's.db'));
    expect(() => store.record(entry(URL_A, { fingerprint: 'abc' }))).toThrow(
      `state entry for ${URL_A} has an invalid fingerprint: use fingerprintText() to make it`,
    );
    expect(() => store.record(entry(URL_A, { contentHash: 'not-a-hash' }))).toThrow(/invalid contentHash/);
    expect(store.has(URL_A)).toBe(false);
  });

  it('closes twice without complaint', () => {
    const store = openStore(join(tempDir(), 's.db'));
    store.close();
    expect(() => store.close()).not.toThrow();
  });
});

describe('the queries', () => {
  // Names every parameter any statement uses; SQLite ignores the ones a statement lacks.
  const parameters = {
    url: URL_A,
    canonicalUrl: null,
    fetchedAt: '2024-07-17T08:15:00.000Z',
    etag: null,
    lastModified: null,
    fingerprint: Buffer.alloc(0),
    contentHash: Buffer.alloc(32),
    bandKeys: '[1, 2]',
    bandKey: 1,
    articleId: 1,
    id: 1,
  };

  it.each(Object.entries(STATE_QUERIES))('%s finds its rows through an index, never a table scan', (_, sql) => {
    const path = join(tempDir(), 's.db');
    openStore(path).close();
    const plan = inspect(path, (db) =>
      db
        .prepare<typeof parameters, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(parameters)
        .map((step) => step.detail),
    );
    expect(plan.filter((detail) => /^SCAN (articles|article_bands)\b/.test(detail))).toEqual([]);
  });
});
