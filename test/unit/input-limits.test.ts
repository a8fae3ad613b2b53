import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/input/bounded.js';
import { readFileBytes as readFile } from '../../src/input/file.js';
import { readStream } from '../../src/input/stdin.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();

// Read in the main thread through the thread pool, and in a worker with blocking calls: the same answers.
describe.each([false, true])('reading files (blocking: %s)', (blocking) => {
  const readFileBytes = (path: string, name: string, maxBytes: number) => readFile(path, name, maxBytes, blocking);

  it('reads a file of exactly the limit and refuses one byte more, as an input error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.html'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'big.html'), 'x'.repeat(1001));
    expect(await readFileBytes(join(dir, 'ok.html'), 'ok.html', 1000)).toHaveLength(1000);
    await expect(readFileBytes(join(dir, 'big.html'), 'big.html', 1000)).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
      input: 'big.html',
      message: 'larger than 1000 bytes (--max-bytes)',
    });
  });

  it('refuses gzip data that inflates past the limit with the same input error', async () => {
    const path = join(tempDir(), 'bomb.html.gz');
    writeFileSync(path, gzipSync(Buffer.alloc(100_000, 'a')));
    await expect(readFileBytes(path, 'bomb.html.gz', 1000)).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' });
  });

  it('still names a missing file as not found, and a folder as one', async () => {
    await expect(readFileBytes(join(tempDir(), 'none.html'), 'none.html', 1000)).rejects.toMatchObject({ code: 'E_INPUT_NOT_FOUND' });
    await expect(readFileBytes(tempDir(), 'folder', 1000)).rejects.toMatchObject({ code: 'E_INPUT_UNREADABLE', message: 'is a directory' });
  });

  it('reads what stat cannot size (a device) as a bounded stream', async () => {
    await expect(readFileBytes('/dev/zero', '/dev/zero', 64 * 1024)).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE', input: '/dev/zero' });
  });
});

describe('--max-bytes on standard input', () => {
  it('refuses gzip data that inflates past the limit', async () => {
    await expect(readStream(Readable.from([gzipSync(Buffer.alloc(100_000, 'a'))]), '-', 1000)).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' });
  });

  it('stops reading an endless stream at the limit instead of filling memory', async () => {
    let served = 0;
    const endless = new Readable({
      read() {
        served += 1024;
        this.push(Buffer.alloc(1024, 'a'));
      },
    });
    await expect(readBounded(endless, 'fifo', 64 * 1024)).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' });
    expect(endless.destroyed).toBe(true);
    expect(served).toBeLessThan(128 * 1024);
  });
});
