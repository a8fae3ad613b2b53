import { classifyInput } from './input/index.js';
import type { ArticleRecord } from './record.js';
import type { fingerprintText, StateStore } from './state/index.js';

/**
 * What a `--state` run remembers across runs, as the batch runner uses it: URL inputs already done
 * are skipped before they are fetched, an article whose text is a near-duplicate of one already
 * seen (a syndicated copy) is skipped after cleaning, and an article is recorded as done only once
 * its output line is on disk, so a crash loses none. On standard output a crash may print the line
 * in flight again; an `--append` file lets the rerun adopt it instead (`adoptLastLine`).
 * Files and stdin are not tracked: a saved file may change under the same name.
 */
export class CrawlState {
  private readonly taken = new Set<string>();

  private constructor(
    private readonly store: StateStore,
    private readonly fingerprint: typeof fingerprintText,
  ) {}

  /** Opens (or creates) the store; loads the native SQLite module only when a run asks for state. */
  static async open(path: string): Promise<CrawlState> {
    const state = await import('./state/index.js');
    return new CrawlState(state.StateStore.open(path), state.fingerprintText);
  }

  /**
   * True when an input is to be cleaned now: not a URL an earlier run did, nor one this run took
   * already (listed twice: in a list and a sitemap, in two sitemaps), which would be written twice
   * when both are in flight at once. Files and stdin are always taken.
   */
  take(input: string): boolean {
    if (classifyInput(input).kind !== 'url') return true;
    if (this.taken.has(input) || this.isDone(input)) return false;
    this.taken.add(input);
    return true;
  }

  /** The URL of an earlier article this one repeats, or null; its own earlier fetch (--refetch) does not count. */
  duplicateOf(input: string, article: ArticleRecord): string | null {
    if (!article.text) return null;
    const match = this.store.findNearDuplicate(article.text)?.url ?? null;
    return match === input || match === article.url ? null : match;
  }

  /** What to send for a conditional request when a done URL is fetched again (--refetch). */
  validators(input: string): { etag?: string | null; lastModified?: string | null } | undefined {
    return this.store.validators(input) ?? undefined;
  }

  /** Marks a URL input done; call only after its output is written and synced. */
  recordDone(input: string, article: ArticleRecord, validators: { etag?: string | null; lastModified?: string | null } = {}): void {
    if (classifyInput(input).kind !== 'url') return;
    this.store.record({
      url: input,
      canonicalUrl: article.url,
      fetchedAt: article.fetchedAt ?? new Date().toISOString(),
      etag: validators.etag ?? null,
      lastModified: validators.lastModified ?? null,
      ...this.fingerprint(article.text),
    });
  }

  /**
   * Records the article on the output file's last line when the store lacks it: its run was killed
   * after the line reached the disk but before recording it. Only the last line can be in that
   * state (each article is recorded before the next line is written), so adopting it is what
   * keeps a rerun from writing it twice. Its HTTP validators were never written out: unknown.
   */
  adoptLastLine(line: string): void {
    const article = parseArticleLine(line);
    if (article && !this.isDone(article.input)) this.recordDone(article.input, article);
  }

  close(): void {
    this.store.close();
  }

  private isDone(input: string): boolean {
    return classifyInput(input).kind === 'url' && this.store.has(input);
  }
}

/** An article as `-f jsonl` writes it; null for a failure line or a line kliping did not write. */
function parseArticleLine(line: string): ArticleRecord | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  const record = parsed as Partial<Record<keyof ArticleRecord, unknown>> | null;
  const optionalText = (value: unknown): boolean => value === null || typeof value === 'string';
  const isArticle = typeof record?.input === 'string' && typeof record.text === 'string' && optionalText(record.url) && optionalText(record.fetchedAt);
  return isArticle ? (parsed as ArticleRecord) : null;
}
