import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_SAMPLE } from '../helpers/fixtures.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();
/** The seed sample (6 KB) and the deep page (500 KB) pass this limit; the big page (1.1 MB) does not. */
const LIMIT = ['--max-bytes', '1M'];
const bigPage = `<html><body><p>${'Kalimat berita yang panjang. '.repeat(40_000)}</p></body></html>`;

interface Outcome {
  code: number | null;
  stderr: string;
  records: { input: string; error?: { code: string; message: string }; paragraphs?: string[] }[];
}

async function cleanBetweenSeeds(bad: string, stdin?: Buffer): Promise<Outcome> {
  const result = await runCli(['-f', 'jsonl', ...LIMIT, SEED_SAMPLE, bad, SEED_SAMPLE], stdin ? { stdin } : {});
  return { code: result.code, stderr: result.stderr, records: result.stdout.trim().split('\n').map((line) => JSON.parse(line)) };
}

describe('limits: an input over one fails with its own code and the batch goes on', () => {
  it.each([
    ['a file over --max-bytes', (dir: string) => write(dir, 'big.html', bigPage), 'E_INPUT_TOO_LARGE', /big\.html: larger than 1048576 bytes \(--max-bytes\)$/],
    ['a .gz file inflating past --max-bytes', (dir: string) => write(dir, 'big.html.gz', gzipSync(bigPage)), 'E_INPUT_TOO_LARGE', /big\.html\.gz: gzip data inflates to more than 1048576 bytes$/],
    // An endless device has no size to check first: it is read as a stream, up to the limit.
    ['an endless device (/dev/zero)', () => '/dev/zero', 'E_INPUT_TOO_LARGE', /\/dev\/zero: larger than 1048576 bytes \(--max-bytes\)$/],
    ['a page nested 100,000 levels deep', (dir: string) => write(dir, 'deep.html', `<html><body>${'<div>'.repeat(100_000)}x</body></html>`), 'E_INPUT_TOO_DEEP', /deep\.html: too deep: elements nested more than 500 levels$/],
  ])('%s', async (_label, make, code, message) => {
    const outcome = await cleanBetweenSeeds(make(tempDir()));
    expectOneFailure(outcome, code, message);
  });

  it('standard input over --max-bytes', async () => {
    expectOneFailure(await cleanBetweenSeeds('-', Buffer.from(bigPage)), 'E_INPUT_TOO_LARGE', /^kliping: -: larger than 1048576 bytes/);
  });
});

function expectOneFailure(outcome: Outcome, code: string, message: RegExp): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stderr.trim()).toMatch(message);
  expect(outcome.records.map((record) => record.error?.code ?? 'ok')).toEqual(['ok', code, 'ok']);
  expect(outcome.records[0]!.paragraphs).toHaveLength(9);
}

function write(dir: string, name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}
