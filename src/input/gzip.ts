import { gunzipSync } from 'node:zlib';
import { InputUnreadableError } from '../errors.js';

/** Inflates gzip data, recognised by its magic bytes rather than a `.gz` name; other bytes pass through. */
export function inflateIfGzip(bytes: Buffer, name: string): Buffer {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new InputUnreadableError(`corrupt gzip data (${(error as Error).message})`, { input: name, cause: error });
  }
}
