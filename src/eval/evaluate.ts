/**
 * Scores kliping on a corpus, in-process: each page through `clean()`, its text against the gold with the
 * benchmark metric and score.py's leak and duplicate counts, its metadata as meta_score.py does.
 */
import { clean } from '../index.js';
import type { ArticleRecord } from '../record.js';
import { openCorpus, type CorpusPage, type Gold } from './corpus.js';
import { countLeakedLines, countRepeatedLines, inputLines } from './leaks.js';
import { checkMetadata, type MetadataCheck } from './metadata.js';
import { scorePage, summarize, type MetricSummary, type PageScore } from './metric.js';

/** A metadata field kliping got wrong on a page, with what the gold wanted and what came out. */
export interface MetadataMiss {
  field: keyof MetadataCheck;
  want: unknown;
  got: unknown;
}

export interface PageResult extends PageScore {
  id: string;
  leaked: number;
  dup: number;
  metadata: MetadataCheck;
  misses: MetadataMiss[];
  /** Set when `clean()` threw: the page then counts as an empty output. */
  error?: string;
}

/** Right answers out of the pages that count for a check. */
export interface Tally {
  hit: number;
  total: number;
}

export interface CorpusSummary extends MetricSummary {
  leaked: number;
  dup: number;
  title: Tally;
  published: Tally;
  author: Tally;
  nonArticle: Tally;
}

export interface CorpusResult {
  name: string;
  dir: string;
  summary: CorpusSummary;
  pages: PageResult[];
}

export function evaluateCorpus(dir: string): CorpusResult {
  const corpus = openCorpus(dir);
  const pages = corpus.pages.map(evaluatePage);
  const tally = (field: keyof MetadataCheck): Tally => ({
    hit: pages.filter((page) => page.metadata[field] === true).length,
    total: pages.filter((page) => page.metadata[field] !== undefined).length,
  });
  return {
    name: corpus.name,
    dir: corpus.dir,
    summary: {
      ...summarize(pages),
      leaked: sum(pages.map((page) => page.leaked)),
      dup: sum(pages.map((page) => page.dup)),
      title: tally('title'),
      published: tally('published'),
      author: tally('author'),
      nonArticle: tally('nonArticle'),
    },
    pages,
  };
}

export function evaluatePage(page: CorpusPage): PageResult {
  const gold = page.readGold();
  let input: Buffer | null = null;
  let record: ArticleRecord | null = null;
  let error: string | undefined;
  try {
    input = page.readInput();
    record = clean(input, { name: page.inputPath ?? page.id });
  } catch (thrown) {
    error = describeError(thrown);
  }
  const prediction = record?.text ?? '';
  // An empty output leaks nothing, so its page need not be segmented.
  const source = input && page.inputPath && prediction ? inputLines(page.inputPath, input) : null;
  const metadata = checkMetadata(gold, record);
  const failed = (Object.keys(metadata) as (keyof MetadataCheck)[]).filter((field) => metadata[field] === false);
  return {
    id: page.id,
    ...scorePage(gold.articleBody, prediction),
    leaked: countLeakedLines(prediction, gold.articleBody, source),
    dup: countRepeatedLines(prediction, gold.articleBody),
    metadata,
    misses: failed.map((field) => metadataMiss(field, gold, record)),
    ...(error === undefined ? {} : { error }),
  };
}

function metadataMiss(field: keyof MetadataCheck, gold: Gold, record: ArticleRecord | null): MetadataMiss {
  if (field === 'nonArticle') return { field, want: false, got: record?.article ?? null };
  return { field, want: gold[field], got: record?.[field] ?? null };
}

function describeError(thrown: unknown): string {
  if (!(thrown instanceof Error)) return String(thrown);
  const code = (thrown as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${thrown.message}` : thrown.message;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
