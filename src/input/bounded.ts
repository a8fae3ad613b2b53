import type { Readable } from 'node:stream';
import { InputTooLargeError } from '../errors.js';

/**
 * Reads a whole stream, but never more than `maxBytes` of it: a file that is too large (or endless,
 * like a FIFO or a device, whose size `stat` does not tell) is refused after `maxBytes`, not read
 * into memory. Errors of the stream itself are thrown as they are, for the caller to name.
 */
export async function readBounded(stream: Readable, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(name, maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

export function tooLarge(name: string, maxBytes: number): InputTooLargeError {
  return new InputTooLargeError(`larger than ${maxBytes} bytes (--max-bytes)`, { input: name });
}
