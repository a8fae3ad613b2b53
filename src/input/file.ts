import { createReadStream } from 'node:fs';
import { InputNotFoundError, InputUnreadableError, KlipingError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../settings.js';
import { readBounded } from './bounded.js';
import { inflateIfGzip } from './gzip.js';

/** Reads a file's bytes, at most `maxBytes` of them after inflating a gzip-compressed file. */
export async function readFileBytes(path: string, name: string = path, maxBytes: number = MAX_INPUT_BYTES): Promise<Buffer> {
  try {
    return inflateIfGzip(await readBounded(createReadStream(path), name, maxBytes), name, maxBytes);
  } catch (error) {
    throw fileError(error, name);
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
