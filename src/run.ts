import { mkdir, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { asKlipingError, type KlipingError, UsageError } from './errors.js';
import type { FetchOptions } from './fetch/options.js';
import { checkStdinUse, classifyInput, type Discover, enumerateInputs, type InputDocument, type InputItem, type Listing } from './input/index.js';
import type { FetchStage } from './fetch/index.js';
import { CrawlState } from './crawl-state.js';
import { NotModified } from './fetch/not-modified.js';
import type { Validators } from './fetch/client.js';
import { mapOrdered } from './ordered.js';
import { DirectoryOutput, type DocumentResult, type OutputFormat, type OutputSink, StreamOutput, writeFileAtomic } from './output/index.js';
import { processDocument, resolveCleanOptions, type CleanOptions, type ResolvedCleanOptions } from './pipeline.js';
import { type Removal, toArticle } from './record.js';
import { FETCH_CONCURRENCY } from './settings.js';
import { VERSION } from './version.js';

/** A whole batch: where the documents come from, how they are cleaned, where results go. */
export interface RunOptions extends Omit<CleanOptions, 'name'> {
  inputs: string[];
  inputLists?: string[];
  format?: OutputFormat;
  /** One file per document in this folder instead of standard output. */
  outputDir?: string | null;
  /** Replace existing files in `outputDir`. */
  force?: boolean;
  /** How URLs are fetched; every field has a polite default. */
  fetch?: Partial<FetchOptions>;
  /** Write the inputs that failed to this file, one per line, ready for `-i`. */
  failedList?: string | null;
  /** Aborting stops taking new inputs; what is in flight finishes and is written. */
  signal?: AbortSignal;
  /** Sitemaps and feeds whose article URLs are cleaned too. */
  listings?: Listing[];
  /** Only listed articles dated at or after this (undated ones are kept). */
  since?: Date | null;
  /** At most this many listed articles, all listings together. */
  max?: number | null;
  /** A state file kept across runs: URLs done are skipped, syndicated copies too. */
  state?: string | null;
  /** Fetch URLs the state file says are done anyway. */
  refetch?: boolean;
}

/** What a run tells the person running it, apart from the results themselves. */
export interface Reporter {
  error(error: KlipingError): void;
  warn(input: string, message: string): void;
  /** Called for every document with what the stages removed, for `--debug`. */
  removals?(input: string, removals: Removal[]): void;
  /** Called after every input with the counts so far, for a progress line. */
  progress?(summary: RunSummary): void;
}

export interface RunIO {
  stdin: Readable;
  stdout: Writable;
  reporter: Reporter;
}

export interface RunSummary {
  succeeded: number;
  failed: number;
  /** Inputs passed over on purpose (already done in an earlier run, a duplicate of another story). */
  skipped: number;
  /** The run was interrupted (SIGINT/SIGTERM): inputs after the ones in flight were not taken. */
  interrupted: boolean;
  /** The reader of standard output went away, so the run stopped early (quietly, not a failure). */
  outputClosed: boolean;
  startedAt: number;
}

/**
 * Cleans every input of a batch and writes each result as it is ready, in input order; URLs are
 * fetched several at a time (politely per host). A bad input is reported and counted, and the
 * batch goes on. Throws only for usage errors found before any work.
 */
export async function run(options: RunOptions, io: RunIO): Promise<RunSummary> {
  const inputLists = options.inputLists ?? [];
  checkStdinUse({ inputs: options.inputs, inputLists });
  const cleanOptions = resolveCleanOptions(options);
  const format = options.format ?? 'text';
  const sink = await openSink(options, format, io.stdout);
  const state = options.state ? await CrawlState.open(options.state) : null;
  const skipDone = state && !options.refetch ? state : null;
  const fetching = new LazyFetchStage(options.fetch ?? {}, options.since ?? null);
  const summary: RunSummary = { succeeded: 0, failed: 0, skipped: 0, interrupted: false, outputClosed: false, startedAt: Date.now() };
  const failedInputs: string[] = [];
  const sources = {
    inputs: options.inputs,
    inputLists,
    stdin: io.stdin,
    // Fetching a done URL again (--refetch) asks the server whether it changed.
    fetchUrl: (url: string) => fetching.fetchUrl(url, state && options.refetch ? state.validators(url) : undefined),
    listings: options.listings ?? [],
    discover: fetching.discover,
    maxBytes: options.fetch?.maxBytes,
  };
  const items = enumerateInputs(sources, options.max ?? null);
  const concurrency = options.fetch?.concurrency ?? FETCH_CONCURRENCY;
  try {
    const stop = (): boolean => sink.closed || Boolean(options.signal?.aborted);
    const work = (item: InputItem): Promise<Cleaned> =>
      skipDone?.isDone(item.name) ? Promise.resolve({ input: item.name, skipped: true }) : cleanItem(item, cleanOptions, io.reporter);
    for await (const result of mapOrdered(items, concurrency, work, stop)) {
      if (sink.closed) break;
      if (!(await deliver(result, sink, io.reporter, summary, state))) failedInputs.push(result.input);
      io.reporter.progress?.(summary);
    }
    await sink.close();
  } finally {
    await fetching.close();
    state?.close();
  }
  if (options.failedList) await writeFileAtomic(options.failedList, failedInputs.map((input) => `${input}\n`).join(''), true, options.failedList);
  summary.interrupted = Boolean(options.signal?.aborted);
  summary.outputClosed = sink.closed;
  return summary;
}

/** A result (for a failure with the error itself, to report with its class), or an input done in an earlier run. */
type Cleaned = (DocumentResult & { failure?: KlipingError; validators?: Validators }) | { input: string; skipped: true };

async function cleanItem(item: InputItem, options: ResolvedCleanOptions, reporter: Reporter): Promise<Cleaned> {
  try {
    const document = await item.read();
    const record = processDocument(document, { ...options, name: item.name });
    reporter.removals?.(item.name, record.removals);
    const validators = { etag: document.fetched?.etag ?? null, lastModified: document.fetched?.lastModified ?? null };
    return { input: item.name, outputPath: item.outputPath, article: toArticle(record), validators };
  } catch (thrown) {
    if (thrown instanceof NotModified) return { input: item.name, skipped: true };
    const error = asKlipingError(thrown, item.name);
    if (error instanceof UsageError) throw error;
    return { input: item.name, outputPath: item.outputPath, error: { code: error.code, message: error.message }, failure: error };
  }
}

/**
 * Writes one result and reports what the person running the batch should know about it; false for
 * a failure. Results come here one at a time, in order, so two copies of one story fetched together
 * cannot both pass the state's duplicate check.
 */
async function deliver(result: Cleaned, sink: OutputSink, reporter: Reporter, summary: RunSummary, state: CrawlState | null): Promise<boolean> {
  if ('skipped' in result) {
    summary.skipped += 1;
    return true;
  }
  if ('article' in result) {
    const original = state?.duplicateOf(result.input, result.article);
    if (state && original) {
      reporter.warn(result.input, `skipped: the same story as ${original}`);
      state.recordDone(result.input, result.article, result.validators);
      summary.skipped += 1;
      return true;
    }
    if (!result.article.article) reporter.warn(result.input, 'not an article (an index or listing page): no body written');
    else if (result.article.paragraphs.length === 0) reporter.warn(result.input, 'no article text found');
    try {
      await sink.write(result);
      sink.sync();
      state?.recordDone(result.input, result.article, result.validators);
      summary.succeeded += 1;
      return true;
    } catch (thrown) {
      reporter.error(asKlipingError(thrown, result.input));
      summary.failed += 1;
      return false;
    }
  }
  if (result.failure) reporter.error(result.failure);
  summary.failed += 1;
  await sink.write(result);
  return false;
}

/** Loads undici and the discovery stage only when the first URL or listing comes: runs over files never pay. */
class LazyFetchStage {
  private stage: Promise<FetchStage> | null = null;

  constructor(
    private readonly options: Partial<FetchOptions>,
    private readonly since: Date | null,
  ) {}

  fetchUrl(url: string, validators?: Validators): Promise<InputDocument> {
    return this.load().then((stage) => stage.fetchUrl(url, validators));
  }

  readonly discover: Discover = (listing, max) => {
    const load = (): Promise<FetchStage> => this.load();
    return (async function* () {
      yield* (await load()).discover(listing, max);
    })();
  };

  async close(): Promise<void> {
    if (this.stage) await (await this.stage).close();
  }

  private load(): Promise<FetchStage> {
    this.stage ??= import('./fetch/index.js').then(({ defaultFetchOptions, fetchStage }) =>
      fetchStage({ ...defaultFetchOptions(VERSION), ...this.options }, this.since),
    );
    return this.stage;
  }
}

async function openSink(options: RunOptions, format: OutputFormat, stdout: Writable): Promise<OutputSink> {
  if (!options.outputDir) return new StreamOutput(stdout, format, await isSingleDocument(options));
  try {
    await mkdir(options.outputDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`${options.outputDir}: cannot create output directory (${(error as Error).message})`, { cause: error });
  }
  return new DirectoryOutput(options.outputDir, format, options.force ?? false);
}

/** `-f json` prints one object only when the run can only ever have one document. */
async function isSingleDocument(options: RunOptions): Promise<boolean> {
  if ((options.inputLists ?? []).length > 0 || (options.listings ?? []).length > 0 || options.inputs.length !== 1) return false;
  const spec = classifyInput(options.inputs[0]!);
  if (spec.kind !== 'path') return true;
  const info = await stat(spec.name).catch(() => null);
  return !info?.isDirectory();
}
