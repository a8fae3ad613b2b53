import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_SAMPLE } from '../helpers/fixtures.js';
import { readFileSync } from 'node:fs';

describe('usage errors exit 2, with one line on stderr and nothing on stdout', () => {
  it.each([
    [['--no-such-option'], /unknown option '--no-such-option'/],
    [['-f', 'xml', SEED_SAMPLE], /argument 'xml' is invalid/],
    [['--type', 'pdf', SEED_SAMPLE], /argument 'pdf' is invalid/],
    [['--dedupe-threshold', '1.5', SEED_SAMPLE], /above 0 and at most 1/],
    [['-', '-i', '-'], /standard input \(-\) can be read only once/],
  ])('kliping %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^kliping: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help and the version with exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--output-dir <dir>/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    const { version: expected } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(version.stdout.trim()).toBe(expected);
  });
});

describe('colour on stderr', () => {
  it('is off when stderr is not a terminal, on with --color always, off with NO_COLOR', async () => {
    const plain = await runCli(['missing.html']);
    expect(plain.stderr).not.toMatch(/\x1b\[/);
    const forced = await runCli(['--color', 'always', 'missing.html']);
    expect(forced.stderr).toMatch(/\x1b\[/);
    expect(forced.stderr).toMatch(/missing\.html: no such file/);
    const noColor = await runCli(['missing.html'], { env: { NO_COLOR: '1' } });
    expect(noColor.stderr).not.toMatch(/\x1b\[/);
  });
});

describe('warnings', () => {
  const empty = '<html><head><title>Beranda</title></head><body><nav><a href="/">Beranda</a></nav></body></html>';
  const indexPage = 'test/fixtures/html-index-page/input.html';

  it('say so on stderr when a page is a listing, not an article, print no body, and exit 0', async () => {
    const text = await runCli([indexPage]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('');
    expect(text.stderr).toBe(`kliping: ${indexPage}: warning: not an article (an index or listing page): no body written\n`);
    const record = JSON.parse((await runCli(['-q', '-f', 'json', indexPage])).stdout);
    expect(record.article).toBe(false);
    expect(record.paragraphs).toEqual([]);
  });

  it('are silenced by -q, with the record unchanged', async () => {
    const loud = await runCli(['-f', 'jsonl', '-'], { stdin: empty });
    expect(loud.stderr).toMatch(/^kliping: -: warning: /);
    const quiet = await runCli(['-q', '-f', 'jsonl', '-'], { stdin: empty });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('are never silenced for errors', async () => {
    const result = await runCli(['-q', 'missing.html']);
    expect(result.stderr).toBe('kliping: missing.html: no such file or directory\n');
  });
});
