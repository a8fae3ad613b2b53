import type { Readable } from 'node:stream';
import { InputUnreadableError } from '../errors.js';
import { inflateIfGzip } from './gzip.js';

/** Reads a whole stream (standard input), inflating it when it is gzip-compressed. */
export async function readStream(stream: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  } catch (error) {
    throw new InputUnreadableError(`cannot read (${(error as Error).message})`, { input: name, cause: error });
  }
  return inflateIfGzip(Buffer.concat(chunks), name);
}
