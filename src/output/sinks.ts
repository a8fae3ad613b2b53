import { fstatSync, fsyncSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { DiskFullError, OutputWriteError } from '../errors.js';
import { classifyInput } from '../input/spec.js';
import type { InputItem, SourceFile } from '../input/item.js';
import type { ArticleRecord, ErrorRecord } from '../record.js';
import { writeFileAtomic } from './atomic.js';
import { appendWhole } from './file-append.js';
import { writeFailure } from './failures.js';
import { GatheredFile } from './gathered.js';
import { formatJson, formatJsonLine, formatText, type OutputFormat } from './format.js';
import { OutputNames } from './names.js';
import { removeStaleTemporaries } from './temporary.js';

/** One finished input: its cleaned article, or the error that stands for it. */
export type DocumentResult = (
  | { input: string; outputPath: string; article: ArticleRecord }
  | { input: string; outputPath: string; error: ErrorRecord['error'] }
) & Pick<InputItem, 'source' | 'wrap'>;

/** What a result is printed as in JSON: the article, or the failure standing in for it, in what its input wraps it in. */
export function outputRecord(result: DocumentResult): object {
  const record = 'article' in result ? result.article : { input: result.input, error: result.error };
  return result.wrap ? result.wrap(record) : record;
}

/** Where results go. `write` resolves once the result is handed to the OS, whole. */
export interface OutputSink {
  write(result: DocumentResult): Promise<void>;
  close(): Promise<void>;
  /** All of a container file's results are written (`-o` gathers them in one file, which now takes its name). */
  finishSource?(source: SourceFile): Promise<void>;
  /** Puts what was written on disk where that means anything (a file behind stdout), before the state store records it. */
  sync(): void;
  /**
   * True once nothing more can be written, so the run should stop: the reader went away (a closed
   * pipe, quietly) or the output failed for good (a full disk; `write` threw that failure once).
   */
  readonly closed: boolean;
}

/**
 * Results on a stream (stdout): text documents separated by one blank line; JSON as one object for
 * a single input or an array written as results arrive; JSON Lines one line per input, failures
 * included, each written as soon as it is ready, in one write.
 */
export class StreamOutput implements OutputSink {
  private count = 0;
  private broken = false;
  private failed = false;
  /** The descriptor of the regular file behind the stream, if that is what it is (stdout > file). */
  private readonly file: number | null;

  constructor(
    private readonly stream: Writable,
    private readonly format: OutputFormat,
    private readonly single: boolean,
    /** What the stream is called in a failure's message. */
    private readonly label = 'standard output',
  ) {
    const fd = (stream as Writable & { fd?: unknown }).fd;
    this.file = typeof fd === 'number' && fstatSync(fd).isFile() ? fd : null;
    // A failure also arrives as the write's callback error, where it is handled.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.broken = true;
    });
  }

  get closed(): boolean {
    return this.broken || this.failed;
  }

  async write(result: DocumentResult): Promise<void> {
    const record = outputRecord(result);
    let chunk: string;
    if (this.format === 'jsonl') {
      chunk = `${formatJsonLine(record)}\n`;
    } else if (this.format === 'json') {
      const json = formatJson(record);
      chunk = this.single ? `${json}\n` : `${this.count === 0 ? '[\n' : ',\n'}${indent(json)}`;
    } else {
      if (!('article' in result)) return;
      const text = formatText(result.article);
      if (!text) return;
      chunk = `${this.count === 0 ? '' : '\n'}${text}\n`;
    }
    this.count += 1;
    await this.send(chunk, result.input);
  }

  async close(): Promise<void> {
    if (this.format === 'json' && !this.single) await this.send(this.count === 0 ? '[]\n' : '\n]\n');
  }

  sync(): void {
    if (this.file === null) return;
    try {
      fsyncSync(this.file);
    } catch {
      // Some files (a FIFO opened as one, /dev/stdout on a terminal) cannot be synced, and need not be.
    }
  }

  /** Hands `chunk` to the OS in one write; a failure other than a gone reader is thrown once, and then nothing more is written. */
  private async send(chunk: string, input?: string): Promise<void> {
    if (this.closed) return;
    const error = this.file === null ? await this.streamWrite(chunk) : fileWrite(this.file, chunk);
    if (!error || this.broken) return;
    if (error.code === 'EPIPE') {
      this.broken = true;
      return;
    }
    this.failed = true;
    throw writeFailure(error, this.label, input);
  }

  /** Resolves once the chunk is handed to the OS, so a caller may record it as written, with the error if it was not. */
  private async streamWrite(chunk: string): Promise<NodeJS.ErrnoException | null> {
    const written = new Promise<NodeJS.ErrnoException | null>((done) => this.stream.write(chunk, (error) => done(error ?? null)));
    if (this.stream.writableNeedDrain) {
      await new Promise<void>((done) => {
        const finish = (): void => {
          this.stream.off('drain', finish);
          this.stream.off('close', finish);
          done();
        };
        this.stream.once('drain', finish);
        this.stream.once('close', finish);
      });
    }
    return this.broken ? null : written;
  }
}

function fileWrite(fd: number, chunk: string): NodeJS.ErrnoException | null {
  try {
    appendWhole(fd, Buffer.from(chunk));
    return null;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}

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
