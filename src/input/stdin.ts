import type { Readable } from 'node:stream';
import { InputUnreadableError, KlipingError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../settings.js';
import { readBounded } from './bounded.js';
import { inflateIfGzip } from './gzip.js';

/** Reads a whole stream (standard input) of at most `maxBytes`, inflating it when it is gzip-compressed. */
export async function readStream(stream: Readable, name: string, maxBytes: number = MAX_INPUT_BYTES): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readBounded(stream, name, maxBytes);
  } catch (error) {
    if (error instanceof KlipingError) throw error;
    throw new InputUnreadableError(`cannot read (${(error as Error).message})`, { input: name, cause: error });
  }
  return inflateIfGzip(bytes, name, maxBytes);
}
