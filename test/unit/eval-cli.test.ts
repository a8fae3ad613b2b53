import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/command.js';
import { openCorpus } from '../../src/eval/corpus.js';
import { readFloors } from '../../src/eval/floors.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();

const ARTICLE = `<html><head><title>Harga Beras Naik Lagi</title></head><body><article><h1>Harga Beras Naik Lagi</h1>
  <p>JAKARTA - Harga beras naik lagi di pasar tradisional pada Selasa pagi, kata para pedagang di sana.</p>
  <p>Pedagang mengeluhkan sepinya pembeli sejak awal pekan ini di Jakarta.</p></article></body></html>`;
const BODY = 'JAKARTA - Harga beras naik lagi di pasar tradisional pada Selasa pagi, kata para pedagang di sana.';

/** A corpus folder named `mini`: a good page, a text page, an empty page (clean throws) and gold without input. */
function miniCorpus(): string {
  const dir = join(tempDir(), 'mini');
  mkdirSync(join(dir, 'html'), { recursive: true });
  mkdirSync(join(dir, 'gold'));
  const page = (id: string, gold: object, input?: [string, string]): void => {
    writeFileSync(join(dir, 'gold', `${id}.json`), JSON.stringify(gold));
    if (input) writeFileSync(join(dir, 'html', `${id}.${input[0]}`), input[1]);
  };
  page('berita', { articleBody: BODY, title: 'Harga Beras Naik Lagi', published: '2024-06-18T10:05:00+07:00' }, ['html', ARTICLE]);
  page('teks', { articleBody: 'Isi berita.' }, ['txt', 'Judul\nIsi berita.']);
  writeFileSync(join(dir, 'html', 'teks.html'), ARTICLE);
  page('kosong', { articleBody: BODY }, ['html', '']);
  page('hilang', { articleBody: BODY });
  return dir;
}

/** A project root whose ../shared does not exist, with the given floors in eval/floors.json. */
function projectRoot(floors: object = {}): string {
  const root = join(tempDir(), 'project');
  mkdirSync(join(root, 'eval'), { recursive: true });
  writeFileSync(join(root, 'eval', 'floors.json'), JSON.stringify(floors));
  return root;
}

function evalRun(argv: string[], root = projectRoot()): { status: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const status = runEval(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, root);
  return { status, out, err };
}

describe('corpus folders', () => {
  it('list gold ids in order and prefer a text input to an HTML one, as score.py does', () => {
    const corpus = openCorpus(miniCorpus());
    expect(corpus.name).toBe('mini');
    expect(corpus.pages.map((page) => page.id)).toEqual(['berita', 'hilang', 'kosong', 'teks']);
    expect(corpus.pages[3]?.inputPath).toMatch(/teks\.txt$/);
    expect(corpus.pages[1]?.inputPath).toBeNull();
  });
});

describe('npm run eval', () => {
  it('prints a table line per corpus and lists the pages kliping failed on', () => {
    const { status, out } = evalRun([miniCorpus()]);
    expect(status).toBe(0);
    expect(out[0]).toMatch(/^corpus\s+pages\s+P\s+R\s+F1\s+acc\s+leaked\s+dup\s+title\s+published\s+author\s+non-article$/);
    expect(out[1]).toMatch(/^mini\s+4\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+\s+\d+\s+\d\/1\s+\d\/1\s+-\s+-$/);
    expect(out.slice(2)).toEqual(['error mini/hilang: no html/hilang.html or html/hilang.txt', 'error mini/kosong: E_INPUT_EMPTY: empty input']);
  });

  it('prints page lines first with --pages, and one JSON object with --json', () => {
    const pages = evalRun([miniCorpus(), '--pages']).out;
    expect(pages[0]).toMatch(/^mini\/berita\tP [\d.]{5}\tR [\d.]{5}\tleaked \d+\tdup \d+/);
    expect(pages[2]).toBe('mini/kosong\tP 0.000\tR 0.000\tleaked 0\tdup 0\terror E_INPUT_EMPTY: empty input');
    const report = JSON.parse(evalRun([miniCorpus(), '--json', '--pages']).out.join('\n'));
    expect(report.corpora[0].summary).toMatchObject({ pages: 4, title: { total: 1 }, nonArticle: { hit: 0, total: 0 } });
    expect(report.corpora[0].errors.map((error: { id: string }) => error.id)).toEqual(['hilang', 'kosong']);
    expect(report.corpora[0].pages).toHaveLength(4);
  });

  it('fails --check-floors with a line per broken floor and skips floors of corpora not measured', () => {
    const root = projectRoot({ mini: { f1: 1.01, maxDup: 0, maxLeaked: -1, author: 0.5 }, 'id-news': { f1: 1.01 } });
    const { status, err } = evalRun([miniCorpus(), '--check-floors'], root);
    expect(status).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/^mini f1: measured [\d.]+, floor 1\.01$/),
      expect.stringMatching(/^mini maxLeaked: measured \d+, maximum -1$/),
      'mini author: not measured (no page of the corpus counts for it), floor 0.5',
    ]);
    expect(evalRun([miniCorpus(), '--check-floors'], projectRoot({ mini: { maxDup: 0 } })).status).toBe(0);
  });

  it('rejects a misspelt floor name', () => {
    const root = projectRoot({ mini: { F1: 0.9 } });
    expect(() => readFloors(join(root, 'eval', 'floors.json'))).toThrow(/mini has an unknown floor "F1"/);
    expect(evalRun([miniCorpus(), '--check-floors'], root).status).toBe(2);
  });

  it('says so and succeeds when the shared corpora are not on this machine', () => {
    const { status, out, err } = evalRun([]);
    expect(status).toBe(0);
    expect(err).toEqual([
      expect.stringMatching(/^eval: skipped .*shared\/corpus\/article-extraction-benchmark: not found$/),
      expect.stringMatching(/^eval: skipped .*shared\/corpus\/id-news: not found$/),
    ]);
    expect(out).toEqual(['eval: nothing to score: no corpus named and none of the shared corpora is on this machine']);
  });

  it('exits 2 on an unknown option or a folder that is not a corpus', () => {
    expect(evalRun(['--fast']).status).toBe(2);
    expect(evalRun([tempDir()]).err[0]).toMatch(/is not a corpus folder \(no gold\/ in it\)$/);
  });
});
