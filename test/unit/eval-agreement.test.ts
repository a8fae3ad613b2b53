import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../src/eval/blocks.js';
import { openCorpus, type CorpusPage } from '../../src/eval/corpus.js';
import { countLeakedLines, countRepeatedLines, inputLines } from '../../src/eval/leaks.js';
import { checkMetadata, type MetadataPrediction } from '../../src/eval/metadata.js';
import { scorePage, summarize } from '../../src/eval/metric.js';
import { clean } from '../../src/index.js';
import { SHARED_DIR } from '../helpers/fixtures.js';
import { useTempDirs } from '../helpers/tmp.js';

// The reference scorers judge kliping; these tests hold the TypeScript harness to their numbers, page by page.
const CORPUS_DIR = join(SHARED_DIR, 'corpus');
const TOOLS_DIR = join(SHARED_DIR, 'tools');
const CORPORA = ['article-extraction-benchmark', 'id-news']
  .map((name) => join(CORPUS_DIR, name))
  .filter((dir) => existsSync(dir));
const noCorpus = CORPORA.length === 0;

const tempDir = useTempDirs();

function python(args: string[]): string {
  return execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Every seventh page of each corpus: a handful, across sites and layouts. */
function sample(): { dir: string; pages: CorpusPage[] }[] {
  return CORPORA.map((dir) => ({ dir, pages: openCorpus(dir).pages.filter((_, index) => index % 7 === 0) }));
}

/** kliping's text, and on every other page a worse one, so leaks, boilerplate and repeats get counted too. */
function prediction(page: CorpusPage, index: number): string {
  const text = clean(page.readInput(), { name: page.inputPath ?? page.id }).text;
  if (index % 2 === 0) return text;
  const [first = '', second = ''] = inputLines(page.inputPath ?? '', page.readInput());
  const longest = text.split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
  return [first, 'Baca juga: Berita lainnya', text, longest.toUpperCase(), `  ${second}  `, 'ADVERTISEMENT'].join('\r\n');
}

/** A corpus folder holding just these pages (links to the originals) and their predictions in pred/. */
function subsetCorpus(dir: string, pages: CorpusPage[], predictions: string[]): string {
  const subset = join(tempDir(), basename(dir));
  for (const folder of ['gold', 'html', 'pred']) mkdirSync(join(subset, folder), { recursive: true });
  pages.forEach((page, index) => {
    symlinkSync(join(dir, 'gold', `${page.id}.json`), join(subset, 'gold', `${page.id}.json`));
    if (page.inputPath) symlinkSync(page.inputPath, join(subset, 'html', basename(page.inputPath)));
    writeFileSync(join(subset, 'pred', `${page.id}.txt`), predictions[index] ?? '');
  });
  return subset;
}

describe('agreement with the Python scorers in ../shared/tools', () => {
  it.skipIf(noCorpus)('segments every shared HTML page into the blocks blocks.py finds', () => {
    const paths = CORPORA.flatMap((dir) => openCorpus(dir).pages.map((page) => page.inputPath ?? '')).filter((path) => path.endsWith('.html'));
    const script = `import json, sys; sys.path.insert(0, sys.argv[1]); from blocks import blocks
print(json.dumps([[t for _, t in blocks(p)] for p in sys.argv[2:]]))`;
    const expected = JSON.parse(python(['-c', script, TOOLS_DIR, ...paths])) as string[][];
    paths.forEach((path, index) => expect(pageBlocks(readFileSync(path)), path).toEqual(expected[index]));
  });

  it.skipIf(noCorpus)('scores a handful of pages as score.py does: P, R, leaked, dup per page and the totals', () => {
    for (const { dir, pages } of sample()) {
      const predictions = pages.map(prediction);
      const subset = subsetCorpus(dir, pages, predictions);
      const want = python([join(TOOLS_DIR, 'score.py'), join(subset, 'pred'), join(subset, 'gold'), join(subset, 'html'), '--pages']);

      const scores = pages.map((page, index) => {
        const gold = page.readGold().articleBody;
        const text = predictions[index] ?? '';
        const source = page.inputPath ? inputLines(page.inputPath, page.readInput()) : null;
        return { ...scorePage(gold, text), id: page.id, leaked: countLeakedLines(text, gold, source), dup: countRepeatedLines(text, gold) };
      });
      const total = summarize(scores);
      const leaked = scores.reduce((sum, page) => sum + page.leaked, 0);
      const dup = scores.reduce((sum, page) => sum + page.dup, 0);
      const got = [
        ...scores.map((page) => `${page.id}\tP ${page.precision.toFixed(3)}\tR ${page.recall.toFixed(3)}\tleaked ${page.leaked}\tdup ${page.dup}`),
        `F1 ${total.f1.toFixed(4)} P ${total.precision.toFixed(4)} R ${total.recall.toFixed(4)} acc ${total.accuracy.toFixed(4)} ` +
          `leaked ${leaked} dup ${dup} pages ${total.pages}`,
      ];
      expect(got.join('\n'), basename(dir)).toBe(want.trimEnd());
      expect(leaked + dup, 'the doctored pages exercise the leak and duplicate counts').toBeGreaterThan(0);
    }
  });

  it.skipIf(noCorpus)('judges metadata as meta_score.py does', () => {
    for (const { dir, pages } of sample()) {
      // kliping's records, and on every other page the gold's own values, restyled, so the checks pass as well as fail.
      const records = pages.map((page, index) => {
        const record: MetadataPrediction & { input: string } = clean(page.readInput(), { name: page.inputPath ?? page.id });
        const gold = page.readGold();
        if (index % 2 === 1) {
          Object.assign(record, { title: ` ${gold.title?.toUpperCase() ?? ''} `, author: gold.author ? [gold.author] : null });
          record.published = gold.published?.replace(/:\d\d([+-])/, ':59$1').replace('+07:00', '+0700') ?? null;
        }
        return record;
      });
      const subset = subsetCorpus(dir, pages, []);
      const jsonl = join(subset, 'out.jsonl');
      writeFileSync(jsonl, records.map((record) => JSON.stringify(record)).join('\n'));
      const want = python([join(TOOLS_DIR, 'meta_score.py'), jsonl, join(subset, 'gold')]).trimEnd().split('\n').at(-1);

      const checks = pages.map((page, index) => checkMetadata(page.readGold(), records[index] ?? null));
      const tally = (field: 'title' | 'published' | 'author'): string =>
        `${field} ${checks.filter((check) => check[field] === true).length}/${checks.filter((check) => check[field] !== undefined).length}`;
      expect([tally('title'), tally('published'), tally('author')].join(' '), basename(dir)).toBe(want);
    }
  });
});
