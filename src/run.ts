import { mkdir } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { asKlipingError, type KlipingError, UsageError } from './errors.js';
import type { FetchOptions } from './fetch/options.js';
import {
  checkStdinUse,
  DEFAULT_RECORD_FIELDS,
  type Discover,
  enumerateInputs,
  type InputDocument,
  type InputEntry,
  type InputItem,
  isSourceMark,
  knownDocumentCount,
  type Listing,
  type RecordFields,
  type Shard,
  type SourceFile,
  type SourceMark,
} from './input/index.js';
import type { FetchStage } from './fetch/index.js';
import { CrawlState } from './crawl-state.js';
import { NotModified } from './fetch/not-modified.js';
import type { Validators } from './fetch/client.js';
import { mapOrdered } from './ordered.js';
import { AppendOutput, DirectoryOutput, type DocumentResult, type OutputFormat, type OutputSink, StreamOutput, writeFileAtomic } from './output/index.js';
import { resolveCleanOptions, type CleanOptions } from './clean-options.js';
import type { Removal } from './record.js';
import { DOCUMENTS_AHEAD_PER_JOB, FETCH_CONCURRENCY } from './settings.js';
import { type DocumentTask, documentsWorthCounting, type Extractor, type ExtractorOptions, openExtractor, resolveExtractorOptions } from './workers/index.js';
import { StageClock, timeStage } from './profile.js';
import { VERSION } from './version.js';
import { SourceProgress } from './source-progress.js';
import { DoneDir } from './state/done-dir.js';

/** A whole batch: where the documents come from, how they are cleaned, where results go. */
export interface RunOptions extends Omit<CleanOptions, 'name'>, ExtractorOptions {
  inputs: string[];
  inputLists?: string[];
  format?: OutputFormat;
  /** One file per document in this folder instead of standard output. */
  outputDir?: string | null;
  /** Append JSON Lines to this file instead of standard output; with `state`, a rerun after a kill repeats no line. */
  appendTo?: string | null;
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
  /** Inputs are JSON Lines records, one document per line, its page in these fields (defaults `html`, `text`); JSON Lines out, one line per line. */
  records?: Partial<RecordFields> | null;
  /** Only this shard of the inputs (`--shard K/N`). */
  shard?: Shard | null;
  /** A folder of markers for input files finished, which a relaunched run passes over. */
  doneDir?: string | null;
  /** Which WARC records are cleaned, by host (`--url-filter`). */
  urlFilter?: string | null;
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
  /** With `profile`: milliseconds per stage, summed over the documents cleaned. */
  profile?: StageClock;
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
  checkAppendUse(options, format);
  checkRecordsUse(options, format);
  const documents = await knownDocumentCount({ ...options, inputLists, records: Boolean(options.records) }, documentsWorthCounting(options));
  const extraction = resolveExtractorOptions(options, documents);
  // One document: `-f json` prints one object, and no worker is started.
  const single = documents === 1;
  const doneDir = options.doneDir ? await DoneDir.open(options.doneDir, io.reporter.warn) : null;
  const state = options.state ? await CrawlState.open(options.state) : null;
  // The state's lock comes first: it keeps a second run away from an --append file being mended.
  const sink = await openSink(options, format, io, state, single).catch((error: unknown) => {
    state?.close();
    throw error;
  });
  const extractor = await openExtractor(extraction, cleanOptions, { single, removals: Boolean(io.reporter.removals) });
  const skipDone = state && !options.refetch ? state : null;
  const fetching = new LazyFetchStage(options.fetch ?? {}, options.since ?? null);
  const clock = extraction.profile ? new StageClock(single ? 0 : extraction.jobs) : undefined;
  const summary: RunSummary = { succeeded: 0, failed: 0, skipped: 0, interrupted: false, outputClosed: false, startedAt: Date.now(), ...(clock && { profile: clock }) };
  // A set: a container file with several failed records is listed once.
  const failedInputs = new Set<string>();
  const sources = {
    inputs: options.inputs,
    inputLists,
    stdin: io.stdin,
    // Fetching a done URL again (--refetch) asks the server whether it changed.
    fetchUrl: (url: string) => fetching.fetchUrl(url, state && options.refetch ? state.validators(url) : undefined),
    listings: options.listings ?? [],
    discover: fetching.discover,
    maxBytes: options.fetch?.maxBytes,
    records: options.records ? { ...DEFAULT_RECORD_FIELDS, ...options.records } : null,
    shard: options.shard ?? null,
    ...(doneDir && { isDone: (source: SourceFile) => doneDir.isDone(source) }),
    urlFilter: options.urlFilter ?? null,
  };
  const items = enumerateInputs(sources, options.max ?? null);
  // Enough documents in flight for every fetch and to keep every worker busy, and no more: memory stays bounded.
  const inFlight = Math.max(options.fetch?.concurrency ?? FETCH_CONCURRENCY, extraction.jobs * DOCUMENTS_AHEAD_PER_JOB);
  try {
    const stop = (): boolean => sink.closed || Boolean(options.signal?.aborted);
    const progress = new SourceProgress(sink, doneDir);
    const work = (entry: InputEntry): Promise<Cleaned> => {
      if (isSourceMark(entry)) return Promise.resolve(entry);
      return skipDone && !skipDone.take(entry.name) ? Promise.resolve({ input: entry.name, skipped: true }) : cleanItem(entry, extractor, io.reporter, clock);
    };
    for await (const result of mapOrdered(items, inFlight, work, stop)) {
      if (sink.closed) break;
      const delivered = () => ('mark' in result ? endSource(result, progress, io.reporter, summary) : deliver(result, { sink, reporter: io.reporter, summary, state, progress }));
      if (!(await timeStage(clock, 'write', delivered))) failedInputs.add(rerunName(result));
      io.reporter.progress?.(summary);
    }
    await sink.close();
  } finally {
    await extractor.close();
    await fetching.close();
    state?.close();
  }
  if (options.failedList) await writeFileAtomic(options.failedList, [...failedInputs].map((input) => `${input}\n`).join(''), true, options.failedList);
  summary.interrupted = Boolean(options.signal?.aborted);
  summary.outputClosed = sink.closed;
  return summary;
}

/** What `--failed` lists for a failure, ready for `-i`: a container file, not its record, is what can be run again. */
function rerunName(result: Cleaned): string {
  if ('mark' in result) return result.source.name;
  return 'source' in result && result.source?.container ? result.source.name : result.input;
}

/** A result (for a failure with the error itself, to report with its class), or an input done in an earlier run. */
type Cleaned = (DocumentResult & { failure?: KlipingError; validators?: Validators }) | { input: string; skipped: true } | SourceMark;

async function cleanItem(item: InputItem, extractor: Extractor, reporter: Reporter, clock?: StageClock): Promise<Cleaned> {
  try {
    const task: DocumentTask = 'file' in item ? { file: item.file } : { document: await timeStage(clock, 'read', item.read) };
    const { article, removals, times } = await extractor.extract(task, item.name);
    if (clock && times) clock.addDocument(times);
    reporter.removals?.(item.name, removals);
    const fetched = 'document' in task ? task.document.fetched : undefined;
    const validators = { etag: fetched?.etag ?? null, lastModified: fetched?.lastModified ?? null };
    return { input: item.name, outputPath: item.outputPath, source: item.source, wrap: item.wrap, article, validators };
  } catch (thrown) {
    if (thrown instanceof NotModified) return { input: item.name, skipped: true };
    const error = asKlipingError(thrown, item.name);
    if (error instanceof UsageError) throw error;
    return { input: item.name, outputPath: item.outputPath, source: item.source, wrap: item.wrap, error: { code: error.code, message: error.message }, failure: error };
  }
}

/**
 * Writes one result and reports what the person running the batch should know about it; false for
 * a failure. Results come here one at a time, in order, so two copies of one story fetched together
 * cannot both pass the state's duplicate check.
 */
async function deliver(result: Exclude<Cleaned, SourceMark>, to: Delivery): Promise<boolean> {
  if ('skipped' in result) {
    to.summary.skipped += 1;
    return true;
  }
  const written = await write(result, to);
  if (result.source) to.progress.count(result.source, result.input, !written);
  return written;
}

/** Where results are delivered, and what is told and kept of them. */
interface Delivery {
  sink: OutputSink;
  reporter: Reporter;
  summary: RunSummary;
  state: CrawlState | null;
  progress: SourceProgress;
}

async function write(result: Exclude<Cleaned, SourceMark | { skipped: true }>, { sink, reporter, summary, state, progress }: Delivery): Promise<boolean> {
  if (result.source && progress.isRefused(result.source)) {
    summary.failed += 1;
    return false;
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
  } else if (result.failure) {
    reporter.error(result.failure);
  }
  try {
    await sink.write(result);
    sink.sync();
  } catch (thrown) {
    const error = asKlipingError(thrown, result.input);
    reporter.error(error);
    if (result.source?.container) progress.refuse(result.source);
    summary.failed += 1;
    return false;
  }
  if (!('article' in result)) {
    summary.failed += 1;
    return false;
  }
  state?.recordDone(result.input, result.article, result.validators);
  summary.succeeded += 1;
  return true;
}

/** An input file's results are all written, or the file was finished by an earlier run. */
async function endSource(mark: SourceMark, progress: SourceProgress, reporter: Reporter, summary: RunSummary): Promise<boolean> {
  if (mark.mark === 'done') {
    summary.skipped += 1;
    return true;
  }
  const error = await progress.end(mark.source);
  if (!error) return true;
  reporter.error(error);
  summary.failed += 1;
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

async function openSink(options: RunOptions, format: OutputFormat, io: RunIO, state: CrawlState | null, single: boolean): Promise<OutputSink> {
  if (options.appendTo) return openAppendFile(options.appendTo, io.reporter, state);
  if (!options.outputDir) return new StreamOutput(io.stdout, format, single);
  try {
    await mkdir(options.outputDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`${options.outputDir}: cannot create output directory (${(error as Error).message})`, { cause: error });
  }
  return new DirectoryOutput(options.outputDir, format, options.force ?? false, Boolean(options.state) && !options.refetch, Boolean(options.doneDir));
}

/** Record mode answers line for line in JSON Lines; its inputs have no URL identity for `--state` to keep. */
function checkRecordsUse(options: RunOptions, format: OutputFormat): void {
  if (!options.records) return;
  if (format !== 'jsonl') throw new UsageError('--records writes one JSON line per input line: use -f jsonl (its default)');
  if (options.state) throw new UsageError('--records and --state do not go together: use --done-dir to resume a record run');
  if (options.appendTo) throw new UsageError('--records and --append do not go together: use -o DIR (one output file per input file) with --done-dir');
}

function checkAppendUse(options: RunOptions, format: OutputFormat): void {
  if (!options.appendTo) return;
  if (options.outputDir) throw new UsageError('--append and --output-dir both say where results go: choose one');
  if (format !== 'jsonl') throw new UsageError('--append writes JSON Lines: add -f jsonl');
}

/** An `--append` file, mended after a killed run: a half-written line cut off, a written but unrecorded one adopted. */
async function openAppendFile(path: string, reporter: Reporter, state: CrawlState | null): Promise<OutputSink> {
  const sink = await AppendOutput.open(path);
  if (sink.droppedBytes > 0) reporter.warn(path, `cut off ${sink.droppedBytes} bytes at its end: a line an interrupted run did not finish`);
  try {
    if (sink.lastLine !== null) state?.adoptLastLine(sink.lastLine);
  } catch (error) {
    await sink.close();
    throw error;
  }
  return sink;
}
