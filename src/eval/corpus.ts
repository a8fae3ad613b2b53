/**
 * A corpus folder: `html/<id>.html` or `html/<id>.txt` (the saved pages) and `gold/<id>.json` (what a careful
 * reader takes from each). Opening one only lists its ids; a page's files are read when it is scored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { MetadataGold } from './metadata.js';

/** One page's gold. The id-news corpus has every field; the benchmark only `articleBody` and `url`. */
export interface Gold extends MetadataGold {
  /** The article body, paragraphs separated by newlines, without the headline; empty for a listing page. */
  articleBody: string;
  url?: string;
}

export interface CorpusPage {
  id: string;
  /** The saved page, or null when the corpus has gold but no input for the id. */
  inputPath: string | null;
  readInput(): Buffer;
  readGold(): Gold;
}

export interface Corpus {
  /** The folder's base name, which also keys its floors in eval/floors.json. */
  name: string;
  dir: string;
  /** Sorted by id, the order score.py sums in. */
  pages: CorpusPage[];
}

export function openCorpus(dir: string): Corpus {
  const goldDir = join(dir, 'gold');
  if (!existsSync(goldDir)) throw new Error(`${dir} is not a corpus folder: it has no gold/ folder`);
  const ids = readdirSync(goldDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  return { name: basename(resolve(dir)), dir, pages: ids.map((id) => corpusPage(dir, id)) };
}

function corpusPage(dir: string, id: string): CorpusPage {
  // score.py looks for a text input before an HTML one.
  const candidates = [`${id}.txt`, `${id}.html`].map((file) => join(dir, 'html', file));
  const inputPath = candidates.find((path) => existsSync(path)) ?? null;
  return {
    id,
    inputPath,
    readInput: () => {
      if (!inputPath) throw new Error(`no html/${id}.html or html/${id}.txt`);
      return readFileSync(inputPath);
    },
    readGold: () => parseGold(readFileSync(join(dir, 'gold', `${id}.json`), 'utf8')),
  };
}

function parseGold(json: string): Gold {
  const gold = JSON.parse(json) as Partial<Gold>;
  // score.py reads a missing or null body as an empty one.
  return { ...gold, articleBody: typeof gold.articleBody === 'string' ? gold.articleBody : '' };
}
