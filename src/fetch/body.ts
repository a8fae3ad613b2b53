import { type Readable, Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { TooLargeError } from '../errors.js';

/**
 * Reads a response body whole, inflating gzip, deflate and brotli, and aborts as soon as the
 * inflated size passes `maxBytes`: a small compressed body must not expand to fill memory.
 */
export async function readBody(body: Readable, encoding: string | null, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline([body, ...decoders(encoding), new ByteLimit(maxBytes, url), sink]);
  return Buffer.concat(chunks);
}

function decoders(encoding: string | null): Transform[] {
  const codings = (encoding ?? '').toLowerCase().split(',').map((coding) => coding.trim()).filter((coding) => coding && coding !== 'identity');
  // Codings are listed in the order they were applied: undo them from the last.
  return codings.reverse().map((coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
    if (coding === 'deflate') return createInflate();
    if (coding === 'br') return createBrotliDecompress();
    return new Transform({
      transform(_chunk, _encoding, done) {
        done(new TypeError(`unsupported content-encoding "${coding}"`));
      },
    });
  });
}

class ByteLimit extends Transform {
  private seen = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly url: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.maxBytes) {
      done(new TooLargeError(`body larger than ${this.maxBytes} bytes (--max-bytes)`, { input: this.url }));
      return;
    }
    done(null, chunk);
  }
}
