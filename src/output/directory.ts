import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DiskFullError, OutputWriteError } from '../errors.js';
import type { SourceFile } from '../input/item.js';
import { classifyInput } from '../input/spec.js';
import { writeFileAtomic } from './atomic.js';
import { formatJson, formatJsonLine, formatText, type OutputFormat } from './format.js';
import { GatheredFile } from './gathered.js';
import { OutputNames } from './names.js';
import { type DocumentResult, type OutputSink, outputRecord } from './sinks.js';
import { removeStaleTemporaries } from './temporary.js';

/**
 * One file per document under a folder, each written atomically; failures write nothing. A killed
 * run leaves whole files and, at most, temporary ones: each folder is rid of those before this run
 * first writes into it. With `keepWrittenUrls` (a `--state` run), a URL's file that already holds
 * that URL's record is kept as it is: its run was killed before recording the URL done, and the
 * rerun should neither fail on the file nor write the story a second time.
 */
export class DirectoryOutput implements OutputSink {
  private full = false;
  private gathered: GatheredFile | null = null;
  private readonly names: OutputNames;
  private readonly swept = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly format: OutputFormat,
    private readonly overwrite: boolean,
    private readonly keepWrittenUrls = false,
    /** With `--done-dir`: a container's output file that is there was left by a run that did not finish that input, and is replaced. */
    private readonly replaceUnfinished = false,
  ) {
    this.names = new OutputNames(format);
  }

  async write(result: DocumentResult): Promise<void> {
    if (result.source?.container) {
      await this.gathering(result.source, result.input).then((gathered) => gathered.output.write(result)).catch((error: unknown) => this.failed(error));
      return;
    }
    if (!('article' in result)) return;
    const path = await this.claim(result.outputPath, result.input);
    if (this.keepWrittenUrls && classifyInput(result.input).kind === 'url' && (await holdsRecordOf(path, result.input))) return;
    const record = outputRecord(result);
    const data = this.format === 'text' ? `${formatText(result.article)}\n` : this.format === 'json' ? `${formatJson(record)}\n` : `${formatJsonLine(record)}\n`;
    await writeFileAtomic(path, data, this.overwrite, result.input).catch((error: unknown) => this.failed(error));
  }

  /**
   * A container file's results, gathered in a temporary file that takes the output's name once the
   * last of them is written: a file of records cleaned halfway is never mistaken for a whole one.
   */
  async finishSource(source: SourceFile): Promise<void> {
    const gathered = await this.gathering(source, source.name).catch((error: unknown) => this.failed(error));
    this.gathered = null;
    await gathered.finish().catch((error: unknown) => this.failed(error));
  }

  private async gathering(source: SourceFile, input: string): Promise<GatheredFile> {
    if (this.gathered?.source === source) return this.gathered;
    await this.gathered?.abandon();
    this.gathered = null;
    const path = await this.claim(source.outputPath, input);
    this.gathered = await GatheredFile.open(source, path, this.format, this.overwrite || this.replaceUnfinished);
    return this.gathered;
  }

  /** The output path for an input, after its folder is rid of a killed run's temporary files. */
  private async claim(outputPath: string, input: string): Promise<string> {
    const path = join(this.dir, this.names.claim(outputPath));
    if (resolve(path) === resolve(input)) {
      throw new OutputWriteError(`${path} is the input itself: choose another --output-dir`, { input });
    }
    if (!this.swept.has(dirname(path))) {
      this.swept.add(dirname(path));
      await removeStaleTemporaries(dirname(path));
    }
    return path;
  }

  private failed(error: unknown): never {
    this.full ||= error instanceof DiskFullError;
    throw error;
  }

  /** A full disk ends the run: every further file would fail the same way. */
  get closed(): boolean {
    return this.full;
  }

  /** A container file still gathering when the run stops (interrupted) is left unfinished: no output file takes its name. */
  async close(): Promise<void> {
    await this.gathered?.abandon();
  }

  /** Files are synced by `writeFileAtomic` already. */
  sync(): void {}
}

/** Whether the file at `path` is a JSON or JSON Lines record of `input` (a text file cannot say). */
async function holdsRecordOf(path: string, input: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => null);
  try {
    return text !== null && (JSON.parse(text) as { input?: unknown }).input === input;
  } catch {
    return false;
  }
}
