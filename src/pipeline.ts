import { cleanBoilerplate } from './clean/index.js';
import { dedupeParagraphs } from './dedupe/index.js';
import { UsageError } from './errors.js';
import type { InputDocument } from './input/index.js';
import { extractArticle } from './extract/index.js';
import { finishMetadata, readPageMetadata } from './metadata/index.js';
import { parse, type TypeChoice } from './parse/index.js';
import type { DocumentRecord } from './record.js';
import { NEAR_DUP_JACCARD } from './settings.js';

/** How one document is cleaned; every field has a default. */
export interface CleanOptions {
  /** The name the input goes by in the record and in errors (a path, a URL, `-`). */
  name?: string;
  /** `auto` sniffs the bytes; `html` or `text` forces the reading. */
  type?: TypeChoice;
  /** Remove repeated paragraphs (default true). */
  dedupe?: boolean;
  /** Word-shingle Jaccard at or above which a paragraph is a near-duplicate (default 0.9). */
  dedupeThreshold?: number;
}

export type ResolvedCleanOptions = Required<CleanOptions>;

export function resolveCleanOptions(options: CleanOptions = {}): ResolvedCleanOptions {
  const resolved = {
    name: options.name ?? '<input>',
    type: options.type ?? 'auto',
    dedupe: options.dedupe ?? true,
    dedupeThreshold: options.dedupeThreshold ?? NEAR_DUP_JACCARD,
  };
  if (!['auto', 'html', 'text'].includes(resolved.type)) {
    throw new UsageError(`type must be auto, html or text, not "${resolved.type}"`);
  }
  if (!(resolved.dedupeThreshold > 0 && resolved.dedupeThreshold <= 1)) {
    throw new UsageError(`dedupe threshold must be above 0 and at most 1, not ${resolved.dedupeThreshold}`);
  }
  return resolved;
}

/**
 * The whole pipeline for one document: parse, extract, clean, dedupe, metadata. The metadata stage
 * reads the page's head and untouched DOM first, since extraction prunes it, and finishes once the
 * body is known. Pure but for CPU.
 */
export function processDocument(document: InputDocument, options: ResolvedCleanOptions): DocumentRecord {
  const parsed = readPageMetadata(parse(options.name, document, options.type));
  const extracted = (document.pages ?? []).reduce((story, page) => {
    // A story's further pages add their body; its metadata is page one's.
    const more = extractArticle(parse(options.name, page, options.type));
    return { ...story, blocks: [...story.blocks, ...more.blocks], removals: [...story.removals, ...more.removals] };
  }, extractArticle(parsed));
  const cleaned = cleanBoilerplate(extracted);
  const deduped = dedupeParagraphs(cleaned, { enabled: options.dedupe, threshold: options.dedupeThreshold });
  return finishMetadata(deduped);
}
