import { readFile } from 'node:fs/promises';
import { InputNotFoundError, InputUnreadableError, type KlipingError } from '../errors.js';
import { inflateIfGzip } from './gzip.js';

/** Reads a file's bytes, inflating gzip-compressed files. */
export async function readFileBytes(path: string, name: string = path): Promise<Buffer> {
  try {
    return inflateIfGzip(await readFile(path), name);
  } catch (error) {
    throw fileError(error, name);
  }
}

/** Maps the file system's error codes to reasons a person can act on. */
export function fileError(error: unknown, name: string): KlipingError {
  if (error instanceof InputUnreadableError) return error;
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
