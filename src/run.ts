import { mkdir, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { asKlipingError, type KlipingError, UsageError } from './errors.js';
import { checkStdinUse, classifyInput, enumerateInputs } from './input/index.js';
import { DirectoryOutput, type OutputFormat, type OutputSink, StreamOutput } from './output/index.js';
import { processDocument, resolveCleanOptions, type CleanOptions } from './pipeline.js';
import { type Removal, toArticle } from './record.js';

/** A whole batch: where the documents come from, how they are cleaned, where results go. */
export interface RunOptions extends Omit<CleanOptions, 'name'> {
  inputs: string[];
  inputLists?: string[];
  format?: OutputFormat;
  /** One file per document in this folder instead of standard output. */
  outputDir?: string | null;
  /** Replace existing files in `outputDir`. */
  force?: boolean;
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
 * Cleans every input of a batch, one at a time, writing each result as it is ready. A bad input is
 * reported and counted, and the batch goes on. Throws only for usage errors found before any work.
 */
export async function run(options: RunOptions, io: RunIO): Promise<RunSummary> {
  const inputLists = options.inputLists ?? [];
  checkStdinUse({ inputs: options.inputs, inputLists });
  const cleanOptions = resolveCleanOptions(options);
  const format = options.format ?? 'text';
  const sink = await openSink(options, format, io.stdout);
  const summary: RunSummary = { succeeded: 0, failed: 0, outputClosed: false };

  for await (const item of enumerateInputs({ inputs: options.inputs, inputLists, stdin: io.stdin })) {
    if (sink.closed) break;
    try {
      const record = processDocument(await item.read(), { ...cleanOptions, name: item.name });
      io.reporter.removals?.(item.name, record.removals);
      const article = toArticle(record);
      if (!article.article) io.reporter.warn(item.name, 'not an article (an index or listing page): no body written');
      else if (article.paragraphs.length === 0) io.reporter.warn(item.name, 'no article text found');
      await sink.write({ input: item.name, outputPath: item.outputPath, article });
      summary.succeeded += 1;
    } catch (thrown) {
      const error = asKlipingError(thrown, item.name);
      if (error instanceof UsageError) throw error;
      io.reporter.error(error);
      summary.failed += 1;
      await sink.write({ input: item.name, outputPath: item.outputPath, error: { code: error.code, message: error.message } });
    }
  }
  await sink.close();
  summary.outputClosed = sink.closed;
  return summary;
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
