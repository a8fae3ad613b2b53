import { open } from 'node:fs/promises';
import { InputNotFoundError, InputUnreadableError, KlipingError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../settings.js';
import { readBounded, tooLarge } from './bounded.js';
import { inflateIfGzip } from './gzip.js';

/** Reads a file's bytes, at most `maxBytes` of them after inflating a gzip-compressed file. */
export async function readFileBytes(path: string, name: string = path, maxBytes: number = MAX_INPUT_BYTES): Promise<Buffer> {
  try {
    return inflateIfGzip(await readWhole(path, name, maxBytes), name, maxBytes);
  } catch (error) {
    throw fileError(error, name);
  }
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
    if (info.size > maxBytes) throw tooLarge(name, maxBytes);
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) throw tooLarge(name, maxBytes); // it grew while being read
    return bytes;
  } finally {
    await handle.close();
  }
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
