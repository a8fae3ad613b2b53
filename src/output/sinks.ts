import { fstatSync, fsyncSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { InputItem, SourceFile } from '../input/item.js';
import type { ArticleRecord, ErrorRecord } from '../record.js';
import { appendWhole } from './file-append.js';
import { writeFailure } from './failures.js';
import { formatJson, formatJsonLine, formatText, type OutputFormat } from './format.js';

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
