import type { Database } from 'better-sqlite3';
import { stateUnreadableError, stateVersionError } from './failures.js';

/** Marks the file as a kliping state store (`PRAGMA application_id`): "klst". */
export const STATE_APPLICATION_ID = 0x6b6c7374;

/**
 * MIGRATIONS[n] takes a store from schema version n to n + 1, inside the transaction that
 * opens it; `PRAGMA user_version` holds the version. Append, never edit a released step.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    canonical_url TEXT,
    fetched_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    -- MinHash signature, empty for texts too short to match other than exactly
    fingerprint BLOB NOT NULL,
    content_hash BLOB NOT NULL
  ) STRICT;
  CREATE INDEX articles_by_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;
  CREATE INDEX articles_by_content_hash ON articles (content_hash);
  -- One row per LSH band of each fingerprint: near-duplicate candidates are one index probe per band.
  CREATE TABLE article_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
  ) STRICT, WITHOUT ROWID;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings a store to SCHEMA_VERSION, or refuses a file that is not one this kliping can use. */
export function migrate(db: Database, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const empty = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0;
  if (!empty && applicationId !== STATE_APPLICATION_ID) {
    throw stateUnreadableError(path, 'it is an SQLite database, but not a kliping state store');
  }
  if (version > SCHEMA_VERSION) throw stateVersionError(path, version, SCHEMA_VERSION);
  for (const step of MIGRATIONS.slice(version)) db.exec(step);
  if (version < SCHEMA_VERSION) {
    db.pragma(`application_id = ${STATE_APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }
}
