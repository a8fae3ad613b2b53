import type { PageQuery } from './parse/query.js';
import type { Element } from 'domhandler';

/** How the input was read: markup or plain lines. */
export type DocumentType = 'html' | 'text';

/** What a block was in the page, which the cleaners weigh differently. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'preformatted' | 'line';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Most of the text sits inside links: a headline pointing elsewhere, not a sentence of the story. */
  linked?: boolean;
}

/** A block some stage dropped, with the reason id (`boilerplate:baca-juga`, `dup:exact`, ...). */
export interface Removal {
  reason: string;
  text: string;
}

/** What the parse stage learnt from an HTML page before any stage touched its DOM. */
export interface HtmlPage {
  $: PageQuery;
  /**
   * Every element of the page as parsed, in document order, and those below `<body>`: read once,
   * filtered by every stage that looks at the untouched page (extraction prunes the DOM later).
   */
  elements: readonly Element[];
  body: readonly Element[];
  /** `<meta>` contents keyed by lower-cased `name`, `property` or `itemprop`, in document order. */
  meta: Map<string, string[]>;
  /** Every JSON-LD object on the page, `@graph` members flattened. */
  jsonLd: Record<string, unknown>[];
  canonical: string | null;
  lang: string | null;
  documentTitle: string | null;
}

export type ParsedDocument = { type: 'html'; page: HtmlPage } | { type: 'text'; lines: string[] };

/** What the metadata stage finds out about a page, the same in the working record and in the output. */
export interface ArticleMetadata {
  /** The page's canonical URL, else the URL it was fetched from. */
  url: string | null;
  /** The URL the page was fetched from, after redirects; null for files. */
  fetchedUrl: string | null;
  author: string | null;
  editor: string | null;
  /** ISO 8601 with the offset the page shows (`+07:00` for WIB), or a bare date when no time is known. */
  published: string | null;
  /** True when `published` was worked out from a relative time ("2 jam yang lalu") against `fetchedAt`. */
  publishedApproximate: boolean;
  modified: string | null;
  site: string | null;
  section: string | null;
  tags: string[];
  description: string | null;
  image: string | null;
  language: string | null;
}

/** The one record every stage takes and returns; `toArticle` projects it for output. */
export interface DocumentRecord extends ArticleMetadata {
  input: string;
  type: DocumentType;
  parsed: ParsedDocument;
  /** False for home, index, tag and search pages: their headlines are not a story. */
  article: boolean;
  title: string | null;
  blocks: Block[];
  removals: Removal[];
  /** When the server answered (its `Date` header): the reference for relative dates. */
  fetchedAt: Date | null;
}

/** The cleaned article as kliping prints it (`-f json`/`jsonl`) and the library returns it. */
export interface ArticleRecord extends ArticleMetadata {
  input: string;
  type: DocumentType;
  article: boolean;
  title: string | null;
  paragraphs: string[];
  text: string;
  removed: { boilerplate: number; duplicates: number };
  /** When the server sent the page (its `Date` header), ISO 8601; null for files. */
  fetchedAt: string | null;
}

/** Stands in a batch's output for an input that failed, so every input is accounted for. */
export interface ErrorRecord {
  input: string;
  error: { code: string; message: string };
}

export function toArticle(record: DocumentRecord): ArticleRecord {
  // A listing page's headlines are not a story: it is reported, but without a body.
  const paragraphs = record.article ? record.blocks.map((block) => detached(block.text)) : [];
  return {
    input: record.input,
    type: record.type,
    article: record.article,
    title: detachedOrNull(record.title),
    paragraphs,
    text: paragraphs.join('\n'),
    removed: {
      boilerplate: countRemovals(record.removals, 'boilerplate:'),
      duplicates: countRemovals(record.removals, 'dup:'),
    },
    url: record.url,
    fetchedUrl: record.fetchedUrl,
    fetchedAt: record.fetchedAt?.toISOString() ?? null,
    author: detachedOrNull(record.author),
    editor: detachedOrNull(record.editor),
    published: record.published,
    publishedApproximate: record.publishedApproximate,
    modified: record.modified,
    site: detachedOrNull(record.site),
    section: detachedOrNull(record.section),
    tags: record.tags.map(detached),
    description: detachedOrNull(record.description),
    image: detachedOrNull(record.image),
    language: record.language,
  };
}

/**
 * A copy of a string that may be a slice of the page's source (text and attribute values are):
 * V8 keeps a slice's whole parent alive, so a caller keeping records kept every page's source too.
 */
function detached(text: string): string {
  // The concatenation is a new string, and slice() copies it flat before cutting: the source goes free.
  return ` ${text}`.slice(1);
}

function detachedOrNull(text: string | null): string | null {
  return text === null ? null : detached(text);
}

function countRemovals(removals: Removal[], prefix: string): number {
  return removals.filter((removal) => removal.reason.startsWith(prefix)).length;
}
