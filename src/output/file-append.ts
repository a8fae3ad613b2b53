import { fstatSync, ftruncateSync, writeSync } from 'node:fs';

/**
 * Writes `data` to the regular file behind `fd` (stdout redirected with `>` or `>>`) whole or not
 * at all. Node's own stream for such a file ignores short writes, which a filling disk produces:
 * this writes on until every byte is out, and when the disk is full midway it cuts the file back
 * to where it was, so `articles.jsonl` never ends in half a record. One record is one write() call
 * whenever the OS takes it at once, so concurrent appenders (O_APPEND) never interleave lines.
 */
export function appendWhole(fd: number, data: Buffer): void {
  const start = fstatSync(fd).size;
  let written = 0;
  try {
    while (written < data.length) written += writeSync(fd, data, written);
  } catch (error) {
    if (written > 0) ftruncateSync(fd, start);
    throw error;
  }
}
