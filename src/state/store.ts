import Database from 'better-sqlite3';
import { KlipingError } from '../errors.js';
import {
  errorMessage,
  invalidEntryError,
  sqliteCode,
  stateLockedError,
  stateUnreadableError,
  stateWriteError,
} from './failures.js';
import { bandKeys, decodeFingerprint, describeText, estimateJaccard, STATE_NEAR_DUP_JACCARD } from './fingerprint.js';
import { STATE_QUERIES } from './queries.js';
import { migrate } from './schema.js';

/** What the store keeps about one fetched URL. */
export interface StateEntry {
  /** The URL as requested (what the sitemap listed), and the page's canonical URL when known. */
  url: string;
  canonicalUrl: string | null;
  /** ISO 8601 time of the fetch. */
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** From `fingerprintText`: MinHash of the article text, for near-duplicates across runs and sites. */
  fingerprint: string;
  /** From `fingerprintText`: exact hash of the normalised text. */
  contentHash: string;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface DuplicateMatch {
  /** The requested URL of the earliest stored article the text duplicates. */
  url: string;
  /** 1 for the same normalised text, else the estimated shingle Jaccard. */
  similarity: number;
}

const CONTENT_HASH = /^[0-9a-f]{64}$/;

/** An entry as its table holds it: the hashes as bytes, half the size of their hex. */
interface ArticleRow extends Omit<StateEntry, 'fingerprint' | 'contentHash'> {
  fingerprint: Buffer;
  contentHash: Buffer;
}

interface BandRow {
  bandKey: number;
  articleId: number;
}

/**
 * What a `--state` run has done, kept in an SQLite file across cron runs.
 *
 * Durability: WAL with `synchronous=FULL`, so `record` has reached the disk when it returns and
 * a SIGKILL, a full disk or a power cut loses at most the transaction in flight, never
 * corrupts. The run holds the file's lock from `open` to `close` (`locking_mode=EXCLUSIVE`); the
 * kernel drops it when the process dies, so a killed run leaves no stale lock behind. Keep the
 * file on a local disk: network file systems do not honour the lock.
 *
 * Delivery is at-least-once, and needs the caller to follow this order per URL:
 * `has` → skip; else fetch, clean, `findNearDuplicate` → if found, `record` and report the skip;
 * else write the output line, wait until it is flushed (and fsync it when stdout is a regular
 * file), and only then `record`. A crash before `record` leaves no trace, so the next run fetches
 * and prints that one article again; a crash after it lost nothing. There is deliberately no
 * "pending" mark before the write: after a crash the next run could not tell whether the line
 * reached `out.jsonl`, so its only safe move would be to print it again, exactly what an absent
 * entry already does, at the price of a second fsync per article. Exactly-once needs an output
 * the caller can read back: as each line is recorded before the next is written, only the last
 * line can be written but unrecorded, and the next run records it instead of printing it again
 * (kliping's `--append` file, `CrawlState.adoptLastLine`). `>> out.jsonl` hides the file from
 * kliping, so its readers should treat `url` as the key and keep its last line.
 *
 * @example
 * const store = StateStore.open('s.db');
 * try {
 *   for (const url of sitemapUrls) {
 *     if (store.has(url)) continue;
 *     const { article, etag, lastModified, fetchedAt } = await fetchAndClean(url);
 *     const entry = { url, canonicalUrl: article.url, fetchedAt, etag, lastModified, ...fingerprintText(article.text) };
 *     if (!store.findNearDuplicate(article.text)) await writeLineFlushed(article);
 *     store.record(entry);
 *   }
 * } finally {
 *   store.close();
 * }
 */
export class StateStore {
  private readonly hasUrl;
  private readonly validatorsByUrl;
  private readonly urlByContentHash;
  private readonly candidatesByBands;
  private readonly articleByUrl;
  private readonly insertArticle;
  private readonly updateArticle;
  private readonly insertBand;
  private readonly deleteBand;
  private readonly write;

  private constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {
    this.hasUrl = db.prepare<{ url: string }, number>(STATE_QUERIES.hasUrl).pluck();
    this.validatorsByUrl = db.prepare<{ url: string }, Validators>(STATE_QUERIES.validatorsByUrl);
    this.urlByContentHash = db.prepare<{ contentHash: Buffer }, string>(STATE_QUERIES.urlByContentHash).pluck();
    this.candidatesByBands = db.prepare<{ bandKeys: string }, { url: string; fingerprint: Buffer }>(
      STATE_QUERIES.candidatesByBands,
    );
    this.articleByUrl = db.prepare<{ url: string }, { id: number; fingerprint: Buffer }>(STATE_QUERIES.articleByUrl);
    this.insertArticle = db.prepare<ArticleRow>(STATE_QUERIES.insertArticle);
    this.updateArticle = db.prepare<ArticleRow & { id: number }>(STATE_QUERIES.updateArticle);
    this.insertBand = db.prepare<BandRow>(STATE_QUERIES.insertBand);
    this.deleteBand = db.prepare<BandRow>(STATE_QUERIES.deleteBand);
    this.write = db.transaction((row: ArticleRow) => this.writeRow(row));
  }

  /** Opens the store at `path`, creating it, and takes its lock until `close`. */
  static open(path: string): StateStore {
    let db: Database.Database;
    try {
      // No busy wait: a held lock means another run, and this one should say so at once.
      db = new Database(path, { timeout: 0 });
    } catch (error) {
      throw openError(path, error);
    }
    try {
      // The lock mode must come first: WAL then keeps its index in this process, not in a shared file.
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.transaction(() => migrate(db, path)).exclusive();
      return new StateStore(db, path);
    } catch (error) {
      db.close();
      throw error instanceof KlipingError ? error : openError(path, error);
    }
  }

  /** True when `url` was recorded, as the requested URL or as a page's canonical URL. */
  has(url: string): boolean {
    return this.hasUrl.get({ url }) === 1;
  }

  /** The ETag and Last-Modified last seen for `url` as requested; null when there are none. */
  validators(url: string): Validators | null {
    const row = this.validatorsByUrl.get({ url });
    return row && (row.etag !== null || row.lastModified !== null) ? row : null;
  }

  /**
   * A stored article with the same normalised text, or (for texts of STATE_NEAR_DUP_MIN_WORDS
   * words or more) a near-duplicate one: the same wire story on another site. A text without
   * words duplicates nothing.
   */
  findNearDuplicate(text: string): DuplicateMatch | null {
    const { words, fingerprint, contentHash } = describeText(text);
    if (words === 0) return null;
    const exact = this.urlByContentHash.get({ contentHash: Buffer.from(contentHash, 'hex') });
    if (exact !== undefined) return { url: exact, similarity: 1 };
    if (fingerprint === '') return null;
    const signature = Buffer.from(fingerprint, 'hex');
    const keys = JSON.stringify(bandKeys(signature));
    for (const candidate of this.candidatesByBands.iterate({ bandKeys: keys })) {
      const similarity = estimateJaccard(signature, candidate.fingerprint);
      if (similarity >= STATE_NEAR_DUP_JACCARD) return { url: candidate.url, similarity };
    }
    return null;
  }

  /** Records `entry` (replacing an earlier entry for the same URL) in one durable transaction. */
  record(entry: StateEntry): void {
    const fingerprint = decodeFingerprint(entry.fingerprint);
    if (!fingerprint) throw invalidEntryError(entry.url, 'fingerprint');
    if (!CONTENT_HASH.test(entry.contentHash)) throw invalidEntryError(entry.url, 'contentHash');
    try {
      this.write({ ...entry, fingerprint, contentHash: Buffer.from(entry.contentHash, 'hex') });
    } catch (error) {
      throw stateWriteError(this.path, entry.url, error);
    }
  }

  /** Releases the lock; the WAL is folded into the file. Safe to call twice. */
  close(): void {
    if (this.db.open) this.db.close();
  }

  private writeRow(row: ArticleRow): void {
    const earlier = this.articleByUrl.get({ url: row.url });
    let articleId: number;
    if (earlier) {
      articleId = earlier.id;
      for (const bandKey of bandKeys(earlier.fingerprint)) this.deleteBand.run({ bandKey, articleId });
      this.updateArticle.run({ ...row, id: articleId });
    } else {
      articleId = Number(this.insertArticle.run(row).lastInsertRowid);
    }
    for (const bandKey of bandKeys(row.fingerprint)) this.insertBand.run({ bandKey, articleId });
  }
}

function openError(path: string, error: unknown): KlipingError {
  const code = sqliteCode(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return stateLockedError(path, error);
  if (code === 'SQLITE_NOTADB') return stateUnreadableError(path, 'it is not an SQLite database', error);
  if (code?.startsWith('SQLITE_CORRUPT')) return stateUnreadableError(path, 'the file is damaged', error);
  return stateUnreadableError(path, errorMessage(error), error);
}
