/** One line of a stream (without its `\n` or `\r\n`), or the byte count of one too long to keep. */
export type Line = { number: number; bytes: Buffer } | { number: number; tooLong: number };

/**
 * Splits a byte stream into lines, lazily, numbered from 1. A line longer than `maxBytes` is not
 * held in memory: it is skipped to its end and reported as too long, and the next line is read as
 * usual, so one huge record cannot take the process down or shift the lines after it.
 */
export async function* splitLines(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let pieces: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number += 1;
    const total = size + tail.length;
    const line: Line = skipping || total > maxBytes ? { number, tooLong: total } : { number, bytes: trimCr(pieces.length === 0 ? tail : Buffer.concat([...pieces, tail])) };
    pieces = [];
    size = 0;
    skipping = false;
    return line;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
      yield finish(chunk.subarray(start, end));
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    size += rest.length;
    if (size > maxBytes) skipping = true;
    if (skipping) pieces = [];
    else if (rest.length > 0) pieces.push(rest);
  }
  if (size > 0 || skipping) yield finish(Buffer.alloc(0));
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes;
}
