import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { StreamOutput } from '../../src/output/index.js';

/** A stdout stand-in that keeps every write() call apart, and can fail like a full disk or a closed pipe. */
function recordingStream(failWith: string | null = null): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'));
      done(failWith ? Object.assign(new Error(`${failWith}: write failed`), { code: failWith }) : null);
    },
  });
  return { stream, writes };
}

const article = clean('<html><body><article><h1>Judul Berita Ini</h1><p>JAKARTA - Baris pertama\nbaris kedua dalam satu paragraf yang cukup panjang.</p></article></body></html>', { name: 'a.html' });

describe('JSON Lines on a stream', () => {
  it('writes each record as one whole line in one write() call, failures included', async () => {
    const { stream, writes } = recordingStream();
    const output = new StreamOutput(stream, 'jsonl', false);
    await output.write({ input: 'a.html', outputPath: 'a.html', article });
    await output.write({ input: 'b.html', outputPath: 'b.html', error: { code: 'E_INPUT_NOT_FOUND', message: 'no such file or directory' } });
    await output.write({ input: 'a.html', outputPath: 'a.html', article });
    await output.close();
    expect(writes).toHaveLength(3);
    for (const write of writes) {
      expect(write.endsWith('\n')).toBe(true);
      expect(write.indexOf('\n')).toBe(write.length - 1);
      expect(JSON.parse(write)).toHaveProperty('input');
    }
  });

  it('throws a full disk once, then writes nothing more and says it is closed', async () => {
    const { stream, writes } = recordingStream('ENOSPC');
    stream.on('error', () => undefined);
    const output = new StreamOutput(stream, 'jsonl', false);
    await expect(output.write({ input: 'a.html', outputPath: 'a.html', article })).rejects.toMatchObject({ code: 'E_OUTPUT_DISK_FULL', input: 'a.html' });
    expect(output.closed).toBe(true);
    await output.write({ input: 'a.html', outputPath: 'a.html', article });
    await output.close();
    expect(writes).toHaveLength(1);
  });

  it('takes a closed pipe (EPIPE) quietly: no error, closed', async () => {
    const { stream } = recordingStream('EPIPE');
    stream.on('error', () => undefined);
    const output = new StreamOutput(stream, 'json', false);
    await output.write({ input: 'a.html', outputPath: 'a.html', article });
    await output.close();
    expect(output.closed).toBe(true);
  });
});
