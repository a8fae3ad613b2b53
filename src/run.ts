import { mkdir, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { asKlipingError, type KlipingError, UsageError } from './errors.js';
import type { FetchOptions } from './fetch/options.js';
import { checkStdinUse, classifyInput, enumerateInputs, type InputDocument, type InputItem } from './input/index.js';
import { mapOrdered } from './ordered.js';
import { DirectoryOutput, type DocumentResult, type OutputFormat, type OutputSink, StreamOutput } from './output/index.js';
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
}

/** What a run tells the person running it, apart from the results themselves. */
export interface Reporter {
  error(error: KlipingError): void;
  warn(input: string, message: string): void;
  /** Called for every document with what the stages removed, for `--debug`. */
  removals?(input: string, removals: Removal[]): void;
}

export interface RunIO {
  stdin: Readable;
  stdout: Writable;
  reporter: Reporter;
}

export interface RunSummary {
  succeeded: number;
  failed: number;
  /** The reader of standard output went away, so the run stopped early (quietly, not a failure). */
  outputClosed: boolean;
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
  const fetching = new LazyFetcher(options.fetch ?? {});
  const summary: RunSummary = { succeeded: 0, failed: 0, outputClosed: false };
  const items = enumerateInputs({ inputs: options.inputs, inputLists, stdin: io.stdin, fetchUrl: (url) => fetching.fetchUrl(url) });
  const concurrency = options.fetch?.concurrency ?? FETCH_CONCURRENCY;
  try {
    for await (const result of mapOrdered(items, concurrency, (item) => cleanItem(item, cleanOptions, io.reporter))) {
      if (sink.closed) break;
      await deliver(result, sink, io.reporter, summary);
    }
    await sink.close();
  } finally {
    await fetching.close();
  }
  summary.outputClosed = sink.closed;
  return summary;
}

/** A result, and for a failure the error itself, to report with its class and cause. */
type Cleaned = DocumentResult & { failure?: KlipingError };

async function cleanItem(item: InputItem, options: ResolvedCleanOptions, reporter: Reporter): Promise<Cleaned> {
  try {
    const record = processDocument(await item.read(), { ...options, name: item.name });
    reporter.removals?.(item.name, record.removals);
    return { input: item.name, outputPath: item.outputPath, article: toArticle(record) };
  } catch (thrown) {
    const error = asKlipingError(thrown, item.name);
    if (error instanceof UsageError) throw error;
    return { input: item.name, outputPath: item.outputPath, error: { code: error.code, message: error.message }, failure: error };
  }
}

/** Writes one result and reports what the person running the batch should know about it. */
async function deliver(result: Cleaned, sink: OutputSink, reporter: Reporter, summary: RunSummary): Promise<void> {
  if ('article' in result) {
    if (!result.article.article) reporter.warn(result.input, 'not an article (an index or listing page): no body written');
    else if (result.article.paragraphs.length === 0) reporter.warn(result.input, 'no article text found');
    try {
      await sink.write(result);
      summary.succeeded += 1;
      return;
    } catch (thrown) {
      const error = asKlipingError(thrown, result.input);
      reporter.error(error);
      summary.failed += 1;
      return;
    }
  }
  if (result.failure) reporter.error(result.failure);
  summary.failed += 1;
  await sink.write(result);
}

/** Loads undici only when the first URL comes, so runs over files never pay for it. */
class LazyFetcher {
  private fetcher: Promise<{ fetchUrl: (url: string) => Promise<InputDocument>; close: () => Promise<void> }> | null = null;

  constructor(private readonly options: Partial<FetchOptions>) {}

  fetchUrl(url: string): Promise<InputDocument> {
    this.fetcher ??= import('./fetch/index.js').then(({ defaultFetchOptions, pageFetcher }) =>
      pageFetcher({ ...defaultFetchOptions(VERSION), ...this.options }),
    );
    return this.fetcher.then((fetcher) => fetcher.fetchUrl(url));
  }

  async close(): Promise<void> {
    if (this.fetcher) await (await this.fetcher).close();
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
  if ((options.inputLists ?? []).length > 0 || options.inputs.length !== 1) return false;
  const spec = classifyInput(options.inputs[0]!);
  if (spec.kind !== 'path') return true;
  const info = await stat(spec.name).catch(() => null);
  return !info?.isDirectory();
}
