import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { articlePage } from '../helpers/server.js';
import { storyPage } from '../helpers/stories.js';
import { useTempDirs } from '../helpers/tmp.js';

// --records: JSON Lines in, exactly one JSON line out per line in, in order, as Spark's rdd.pipe,
// Hadoop Streaming, `parallel --pipe` and a Dask map_partitions stage need.

const tempDir = useTempDirs();
const SEED_SAMPLE = join(ROOT, 'samples', 'sindonews-putin-korut-duplicated-body.txt');

type Line = Record<string, unknown> & { kliping: { input: string; title?: string; paragraphs?: string[]; error?: { code: string; message: string } } };

function parseLines(stdout: string): Line[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Line);
}

const record = (n: number, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ id: `doc-${n}`, url: `https://berita.example.id/${n}`, html: storyPage(n), crawl: { batch: 7, tags: ['a', n] }, ...extra });

describe('--records', () => {
  it('answers every line in order, fields untouched, an error record for each bad line, and exit 1', async () => {
    const input = [record(1), '{"id": "broken', record(2), '', '[1, 2]', '{"id":"no-page","title":"x"}', `${record(3)}\r`, record(4)].join('\n');
    for (const jobs of ['1', '2']) {
      const run = await runCli(['--records', '-j', jobs], { stdin: `${input}\n` });
      expect(run.code).toBe(1);
      const lines = parseLines(run.stdout);
      expect(lines.map((line) => line.kliping.input)).toEqual(['-:1', '-:2', '-:3', '-:4', '-:5', '-:6', '-:7', '-:8']);
      expect(lines.map((line) => line.id ?? null)).toEqual(['doc-1', null, 'doc-2', null, null, 'no-page', 'doc-3', 'doc-4']);
      expect(lines.map((line) => line.kliping.error?.code ?? 'ok')).toEqual(['ok', 'E_RECORD_MALFORMED', 'ok', 'E_RECORD_MALFORMED', 'E_RECORD_MALFORMED', 'E_RECORD_NO_PAGE', 'ok', 'ok']);
      const first = lines[0]!;
      // The page field is consumed; the others are the input's own, untouched.
      expect(Object.keys(first)).toEqual(['id', 'url', 'crawl', 'kliping']);
      expect(first.crawl).toEqual({ batch: 7, tags: ['a', 1] });
      expect(first.kliping).toMatchObject({ title: expect.stringContaining('Kabar 1:'), fetchedUrl: 'https://berita.example.id/1', site: 'berita.example.id' });
      expect(first.kliping.paragraphs).toHaveLength(4);
      expect(lines[5]).toMatchObject({ title: 'x' });
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^kliping: -:2: not JSON \(.*\): a record is one JSON object per line$/),
        'kliping: -:4: an empty line: a record is one JSON object per line',
        'kliping: -:5: not a JSON object but an array',
        'kliping: -:6: no page: neither "html" nor "text" is a string field',
      ]);
    }
  });

  it('cleans a text field (mC4, CulturaX) as the same text saved in a file', async () => {
    const text = readFileSync(SEED_SAMPLE, 'utf8');
    const [fromRecords, fromFile] = await Promise.all([
      runCli(['--records', '--text-field', 'content'], { stdin: `${JSON.stringify({ id: 'seed', content: text, timestamp: '2024-06-19' })}\n` }),
      runCli([SEED_SAMPLE, '-f', 'json']),
    ]);
    expect(fromRecords.code).toBe(0);
    const [line] = parseLines(fromRecords.stdout);
    const direct = JSON.parse(fromFile.stdout) as { title: string; paragraphs: string[]; removed: unknown };
    expect(line).toMatchObject({ id: 'seed', timestamp: '2024-06-19', kliping: { type: 'text', title: direct.title, paragraphs: direct.paragraphs, removed: direct.removed } });
    expect(direct.removed).toMatchObject({ duplicates: expect.any(Number) });
    expect(line!.content).toBeUndefined();
  });

  it('reads the HTML field it is told, and gzip-compressed input', async () => {
    const input = gzipSync(`${JSON.stringify({ key: 'k', raw_html: storyPage(5) })}\n`);
    const run = await runCli(['--records', '--html-field', 'raw_html'], { stdin: input });
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)).toEqual([expect.objectContaining({ key: 'k', kliping: expect.objectContaining({ type: 'html', title: expect.stringContaining('Kabar 5') }) })]);
  });

  it('counts a relative date back from the time --date-field names, as WARC-Date does for an archive', async () => {
    const html = articlePage('Relatif').replace('<article>', '<div class="date">2 jam yang lalu</div><article>');
    const input = ['2024-06-18T10:00:00Z', 1718704800, 'not a time'].map((timestamp) => JSON.stringify({ timestamp, html })).join('\n');
    const [dated, unix, undated] = parseLines((await runCli(['--records', '--date-field', 'timestamp', '-q'], { stdin: `${input}\n` })).stdout);
    expect(dated!.kliping).toMatchObject({ fetchedAt: '2024-06-18T10:00:00.000Z', published: '2024-06-18T15:00:00+07:00', publishedApproximate: true });
    expect(unix!.kliping).toMatchObject({ fetchedAt: '2024-06-18T10:00:00.000Z', published: '2024-06-18T15:00:00+07:00' });
    expect(undated!.kliping).toMatchObject({ fetchedAt: null, published: null });
    expect(dated!.timestamp).toBe('2024-06-18T10:00:00Z');
  });

  it('answers a line over --max-bytes with an error record without reading it whole, and goes on', async () => {
    const big = JSON.stringify({ id: 'big', html: `<p>${'kata '.repeat(60_000)}</p>` });
    const run = await runCli(['--records', '--max-bytes', '100k'], { stdin: `${record(1)}\n${big}\n${record(2)}\n` });
    expect(run.code).toBe(1);
    expect(parseLines(run.stdout).map((line) => line.kliping.error?.code ?? line.id)).toEqual(['doc-1', 'E_INPUT_TOO_LARGE', 'doc-2']);
    expect(run.stderr).toMatch(/^kliping: -:2: line of 300\d+ bytes, more than --max-bytes 102400\n$/);
  });

  it.each([
    [['-f', 'text'], /--records writes one JSON line per input line: use -f jsonl/],
    [['--state', 'state.db'], /--records and --state do not go together/],
    [['--append', 'out.jsonl'], /--records and --append do not go together/],
  ])('refuses %j with exit 2, writing nothing', async (extra, message) => {
    const dir = tempDir();
    const run = await runCli(['--records', ...extra], { stdin: `${record(1)}\n`, cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  describe('files and folders', () => {
    function dumps(): string {
      const dir = tempDir();
      mkdirSync(join(dir, 'in', 'more'), { recursive: true });
      writeFileSync(join(dir, 'in', 'b.jsonl'), `${record(3)}\n${record(4)}\n`);
      writeFileSync(join(dir, 'in', 'a.jsonl'), `${record(1)}\n{oops\n${record(2)}\n`);
      writeFileSync(join(dir, 'in', 'more', 'c.jsonl.gz'), gzipSync(`${record(5)}\n`));
      writeFileSync(join(dir, 'in', 'notes.txt'), 'not a record file');
      return dir;
    }

    it('reads the .jsonl and .jsonl.gz files of a folder in name order, each line named by its file', async () => {
      const dir = dumps();
      const run = await runCli(['--records', 'in', '--failed', 'failed.txt'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(parseLines(run.stdout).map((line) => line.kliping.input)).toEqual(['in/a.jsonl:1', 'in/a.jsonl:2', 'in/a.jsonl:3', 'in/b.jsonl:1', 'in/b.jsonl:2', 'in/more/c.jsonl.gz:1']);
      // What can be run again is the file, listed once.
      expect(readFileSync(join(dir, 'failed.txt'), 'utf8')).toBe('in/a.jsonl\n');
    });

    it('with -o writes one output file per input file, line for line, and will not overwrite them unasked', async () => {
      const dir = dumps();
      const first = await runCli(['--records', 'in', '-o', 'out'], { cwd: dir });
      expect(first.code).toBe(1);
      expect(readdirSync(join(dir, 'out'), { recursive: true }).sort()).toEqual(['a.jsonl', 'b.jsonl', 'more', 'more/c.jsonl']);
      const a = parseLines(readFileSync(join(dir, 'out', 'a.jsonl'), 'utf8'));
      expect(a.map((line) => line.id ?? line.kliping.error?.code)).toEqual(['doc-1', 'E_RECORD_MALFORMED', 'doc-2']);
      const before = readFileSync(join(dir, 'out', 'b.jsonl'), 'utf8');
      const second = await runCli(['--records', 'in', '-o', 'out'], { cwd: dir });
      expect(second.code).toBe(1);
      // One line per output file that exists, not one per record.
      expect(second.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^kliping: in\/a\.jsonl: out\/a\.jsonl exists \(use --force to overwrite\)$/),
        expect.stringMatching(/^kliping: in\/b\.jsonl: out\/b\.jsonl exists/),
        expect.stringMatching(/^kliping: in\/more\/c\.jsonl\.gz: out\/more\/c\.jsonl exists/),
      ]);
      expect(readFileSync(join(dir, 'out', 'b.jsonl'), 'utf8')).toBe(before);
      expect((await runCli(['--records', 'in', '-o', 'out', '--force'], { cwd: dir })).code).toBe(1);
      expect(readFileSync(join(dir, 'out', 'b.jsonl'), 'utf8')).toBe(before);
    });
  });
});
