import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputNotFoundError, InputUnreadableError, KlipingError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../settings.js';
import { readBounded, tooLarge } from './bounded.js';
import { inflateIfGzip } from './gzip.js';

/**
 * Reads a file's bytes, at most `maxBytes` of them after inflating a gzip-compressed file. A thread
 * with nothing else to do meanwhile (a worker) reads a regular file with `blocking` calls: through
 * the thread pool's round trips a worker sat idle for 17% of a batch.
 */
export async function readFileBytes(path: string, name: string = path, maxBytes: number = MAX_INPUT_BYTES, blocking = false): Promise<Buffer> {
  try {
    const whole = (blocking ? readRegularFileSync(path, name, maxBytes) : null) ?? (await readWhole(path, name, maxBytes));
    return inflateIfGzip(whole, name, maxBytes);
  } catch (error) {
    throw fileError(error, name);
  }
}

/** A regular file's bytes, read with blocking calls in one buffer of its size; null for what `stat` cannot size. */
function readRegularFileSync(path: string, name: string, maxBytes: number): Buffer | null {
  const info = statSync(path);
  if (!info.isFile()) return null;
  withinLimit(info.size, name, maxBytes);
  return withinLimit(readFileSync(path), name, maxBytes);
}

/**
 * A regular file in one buffer of its size: one allocation, not a chunk list and its copy, which in
 * a batch of thousands of files fragments the main thread's memory. What `stat` cannot size (a FIFO,
 * a device) is read as a stream, bounded.
 */
async function readWhole(path: string, name: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return await readBounded(handle.createReadStream({ autoClose: false }), name, maxBytes);
    withinLimit(info.size, name, maxBytes);
    return withinLimit(await handle.readFile(), name, maxBytes);
  } finally {
    await handle.close();
  }
}

/** The bytes (or a size) when within the limit; checked before reading, and after: a file may grow while it is read. */
function withinLimit<T extends Buffer | number>(sized: T, name: string, maxBytes: number): T {
  if ((typeof sized === 'number' ? sized : sized.length) > maxBytes) throw tooLarge(name, maxBytes);
  return sized;
}

/** Maps the file system's error codes to reasons a person can act on. */
export function fileError(error: unknown, name: string): KlipingError {
  if (error instanceof KlipingError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new InputNotFoundError('no such file or directory', { input: name, cause: error });
  }
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many levels of symbolic links',
  };
  const reason = (code && reasons[code]) ?? `cannot read (${(error as Error).message})`;
  return new InputUnreadableError(reason, { input: name, cause: error });
}
