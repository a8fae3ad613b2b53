import { pipeline, Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { InputTooLargeError, InputUnreadableError, type KlipingError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../settings.js';

/** The error for data that inflates past the limit: an input's own, or a fetch's for a downloaded listing. */
type TooLargeErrorClass = new (message: string, options: { input?: string; cause?: unknown }) => KlipingError;

/**
 * Inflates gzip data, recognised by its magic bytes rather than a `.gz` name; other bytes pass
 * through. Bounded: a small `.gz` must not inflate into gigabytes.
 */
export function inflateIfGzip(bytes: Buffer, name: string, maxBytes: number = MAX_INPUT_BYTES, TooLarge: TooLargeErrorClass = InputTooLargeError): Buffer {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new TooLarge(`gzip data inflates to more than ${maxBytes} bytes`, { input: name, cause: error });
    }
    throw new InputUnreadableError(`corrupt gzip data (${(error as Error).message})`, { input: name, cause: error });
  }
}

/**
 * A stream's bytes, inflated as they come when the stream starts with gzip's magic bytes (a
 * `.jsonl.gz` dump, or one piped in): nothing is held whole.
 */
export async function* inflateStreamIfGzip(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest = (async function* () {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  if (first.value.length < 2 || first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield* rest;
    return;
  }
  const inflated = createGunzip();
  // pipeline, not pipe: a read error must end the inflated stream too, not leave it waiting.
  pipeline(Readable.from(rest), inflated, () => {});
  yield* inflated as AsyncIterable<Buffer>;
}
