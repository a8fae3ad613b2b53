import { fsyncSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DiskFullError, OutputWriteError, UsageError } from '../errors.js';
import { writeFailure } from './failures.js';
import { formatJsonLine } from './format.js';
import { type DocumentResult, type OutputSink, outputRecord } from './sinks.js';

/** How much of the file's end is read at a time when looking back for its last lines. */
const TAIL_CHUNK_BYTES = 64 * 1024;
/** How every line kliping writes begins (an article or a failure): a torn line of another program's is not cut. */
const LINE_START = Buffer.from('{"input":');

/**
 * JSON Lines appended to a file kliping opens itself (`--append`), so that a run can see what an
 * earlier run killed midway left at the end of it. Each line goes out whole or, when a write
 * fails, not at all (the file is cut back to where the line began). With `--state`, whose lock is
 * taken before the file is opened, no second run writes to it meanwhile.
 */
export class AppendOutput implements OutputSink {
  /** A full disk ends the run: every further line would fail the same way. */
  closed = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly path: string,
    private size: number,
    /** The file's last whole line when it was opened (a killed run's last word), or null. */
    readonly lastLine: string | null,
    /** Bytes cut off its end when opened: a line a killed run did not finish writing. */
    readonly droppedBytes: number,
  ) {}

  /**
   * Opens (or creates) the file and cuts off a last line without its newline: only a write that
   * never finished leaves one, and the article it held was not recorded, so it is written again.
   * A file ending in a partial line kliping did not begin is refused, not cut: not kliping's file.
   */
  static async open(path: string): Promise<AppendOutput> {
    let handle: FileHandle;
    try {
      handle = await open(path, 'a+');
    } catch (error) {
      throw new UsageError(`${path}: cannot open the output file (${(error as Error).message})`, { cause: error });
    }
    try {
      const { size } = await handle.stat();
      const { start, end } = await findLastWholeLine(handle, size);
      const torn = await readRange(handle, end, Math.min(size, end + LINE_START.length));
      if (!torn.equals(LINE_START.subarray(0, torn.length))) {
        throw new UsageError(`${path} ends in a partial line that kliping did not write: --append only to kliping's own JSON Lines file`);
      }
      if (end < size) {
        await handle.truncate(end);
        await handle.sync();
      }
      if (size === 0) await syncDirectory(dirname(path)); // a new file's name survives a power cut with its lines
      const lastLine = end > start ? (await readRange(handle, start, end - 1)).toString('utf8') : null;
      return new AppendOutput(handle, path, end, lastLine, size - end);
    } catch (error) {
      await handle.close();
      if (error instanceof UsageError) throw error;
      throw new OutputWriteError(`cannot read the end of ${path} (${(error as Error).message})`, { input: path, cause: error });
    }
  }

  async write(result: DocumentResult): Promise<void> {
    const line = Buffer.from(`${formatJsonLine(outputRecord(result))}\n`);
    try {
      for (let written = 0; written < line.length; ) {
        written += (await this.handle.write(line, written, line.length - written)).bytesWritten;
      }
      this.size += line.length;
    } catch (error) {
      // A full disk may have taken part of the line: cut it off, so the next line starts clean.
      await this.handle.truncate(this.size).catch(() => undefined);
      const failure = writeFailure(error, this.path, result.input);
      this.closed ||= failure instanceof DiskFullError;
      throw failure;
    }
  }

  sync(): void {
    try {
      fsyncSync(this.handle.fd);
    } catch (error) {
      throw writeFailure(error, this.path);
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** The last whole line, from its first byte to just after its newline; both 0 when there is none. */
async function findLastWholeLine(handle: FileHandle, size: number): Promise<{ start: number; end: number }> {
  let end = -1;
  for (let to = size; to > 0; ) {
    const from = Math.max(0, to - TAIL_CHUNK_BYTES);
    const chunk = await readRange(handle, from, to);
    for (let i = chunk.length - 1; i >= 0; i -= 1) {
      if (chunk[i] !== 0x0a) continue;
      if (end !== -1) return { start: from + i + 1, end };
      end = from + i + 1;
    }
    to = from;
  }
  return { start: 0, end: Math.max(end, 0) };
}

async function readRange(handle: FileHandle, from: number, to: number): Promise<Buffer> {
  const buffer = Buffer.alloc(to - from);
  for (let read = 0; read < buffer.length; ) {
    const { bytesRead } = await handle.read(buffer, read, buffer.length - read, from + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buffer;
}

async function syncDirectory(dir: string): Promise<void> {
  // Not every platform can sync a folder (Windows cannot open one): there the name is left to the OS.
  const folder = await open(dir, 'r').catch(() => null);
  await folder?.sync().catch(() => undefined);
  await folder?.close();
}
