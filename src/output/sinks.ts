import { fstatSync, fsyncSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { DiskFullError, OutputWriteError } from '../errors.js';
import { classifyInput } from '../input/spec.js';
import type { ArticleRecord, ErrorRecord } from '../record.js';
import { writeFileAtomic } from './atomic.js';
import { appendWhole } from './file-append.js';
import { writeFailure } from './failures.js';
import { formatJson, formatJsonLine, formatText, type OutputFormat } from './format.js';
import { OutputNames } from './names.js';
import { removeStaleTemporaries } from './temporary.js';

/** One finished input: its cleaned article, or the error that stands for it. */
export type DocumentResult =
  | { input: string; outputPath: string; article: ArticleRecord }
  | { input: string; outputPath: string; error: ErrorRecord['error'] };

/** What a result is printed as: the article, or the failure standing in for it. */
export function outputRecord(result: DocumentResult): ArticleRecord | ErrorRecord {
  return 'article' in result ? result.article : { input: result.input, error: result.error };
}

/** Where results go. `write` resolves once the result is handed to the OS, whole. */
export interface OutputSink {
  write(result: DocumentResult): Promise<void>;
  close(): Promise<void>;
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
    throw writeFailure(error, 'standard output', input);
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
  private readonly names: OutputNames;
  private readonly swept = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly format: OutputFormat,
    private readonly overwrite: boolean,
    private readonly keepWrittenUrls = false,
  ) {
    this.names = new OutputNames(format);
  }

  async write(result: DocumentResult): Promise<void> {
    if (!('article' in result)) return;
    const path = join(this.dir, this.names.claim(result.outputPath));
    if (resolve(path) === resolve(result.input)) {
      throw new OutputWriteError(`${path} is the input itself: choose another --output-dir`, { input: result.input });
    }
    if (!this.swept.has(dirname(path))) {
      this.swept.add(dirname(path));
      await removeStaleTemporaries(dirname(path));
    }
    if (this.keepWrittenUrls && classifyInput(result.input).kind === 'url' && (await holdsRecordOf(path, result.input))) return;
    const { article } = result;
    const data =
      this.format === 'text' ? `${formatText(article)}\n` : this.format === 'json' ? `${formatJson(article)}\n` : `${formatJsonLine(article)}\n`;
    await writeFileAtomic(path, data, this.overwrite, result.input).catch((error: unknown) => {
      this.full ||= error instanceof DiskFullError;
      throw error;
    });
  }

  /** A full disk ends the run: every further file would fail the same way. */
  get closed(): boolean {
    return this.full;
  }

  async close(): Promise<void> {}

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
