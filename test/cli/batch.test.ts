import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stderrReporter, summaryLine } from '../../src/cli/report.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { SEED_SAMPLE } from '../helpers/fixtures.js';
import { articlePage, html, startServer } from '../helpers/server.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();

describe('--failed', () => {
  it('writes the inputs that failed, ready to run again with -i', async () => {
    const dir = tempDir();
    const failed = join(dir, 'failed.txt');
    const result = await runCli([SEED_SAMPLE, 'missing-1.html', 'missing-2.txt', '--failed', failed]);
    expect(result.code).toBe(1);
    expect(readFileSync(failed, 'utf8')).toBe('missing-1.html\nmissing-2.txt\n');
    const again = await runCli(['-i', failed]);
    expect(again.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('is written empty when nothing failed', async () => {
    const failed = join(tempDir(), 'failed.txt');
    expect((await runCli([SEED_SAMPLE, '--failed', failed])).code).toBe(0);
    expect(readFileSync(failed, 'utf8')).toBe('');
  });
});

describe('interrupting a batch', () => {
  it('on SIGINT takes no new inputs, writes what is in flight whole, and exits 130', async () => {
    const server = await startServer({
      '/p/*': async (request, response, url) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        html(articlePage(url.pathname))(request, response, url);
      },
    });
    const urls = Array.from({ length: 30 }, (_, i) => `${server.origin}/p/${i}`);
    const child = spawn(process.execPath, ['bin/kliping.js', '--delay', '0', '--concurrency', '2', '-f', 'jsonl', ...urls], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve();
      });
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThan(30);
    expect(lines.map((line) => line.input)).toEqual(urls.slice(0, lines.length));
    expect(stderr).not.toMatch(/Error|at \w+ \(/);
  });
});

describe('the progress line on a terminal', () => {
  const summary = { succeeded: 7, failed: 2, skipped: 1, interrupted: false, outputClosed: false, startedAt: 0 };

  it('counts done, failed and skipped with the rate', () => {
    expect(summaryLine(summary, 5000)).toBe('7 done, 2 failed, 1 skipped in 5.0s (2.0/s)');
    expect(summaryLine({ ...summary, interrupted: true }, 5000)).toMatch(/, interrupted$/);
  });

  it('is redrawn in place, cleared before a message, and left as the summary', () => {
    const stream = new PassThrough();
    const reporter = stderrReporter(stream, { color: false, quiet: false, debug: false, live: true });
    reporter.progress!(summary);
    reporter.warn('a.html', 'no article text found');
    reporter.finish(summary);
    const written = stream.read().toString();
    expect(written).toMatch(/^\r\x1b\[2Kkliping: 7 done/);
    expect(written).toContain('\r\x1b[2Kkliping: a.html: warning: no article text found\n');
    expect(written).toMatch(/\r\x1b\[2Kkliping: 7 done, 2 failed, 1 skipped in [\d.]+s \([\d.]+\/s\)\n$/);
  });

  it('is never drawn when stderr is not a terminal', async () => {
    const result = await runCli([SEED_SAMPLE, SEED_SAMPLE]);
    expect(result.stderr).toBe('');
  });
});
