import type { Block, DocumentRecord, Removal } from '../record.js';
import { DEDUPE_MIN_CHARS, NEAR_DUP_JACCARD } from '../settings.js';
import { normalizeForComparison } from '../text.js';
import { NearDuplicateIndex } from './near.js';

export interface DedupeOptions {
  enabled: boolean;
  /** Word-shingle Jaccard at or above which a paragraph is a near-duplicate (0..1). */
  threshold: number;
}

export const DEFAULT_DEDUPE: DedupeOptions = { enabled: true, threshold: NEAR_DUP_JACCARD };

/**
 * The dedupe stage, within one document: keeps the first copy of every paragraph and drops later
 * exact copies (after NFKC, case, whitespace and punctuation are folded), near copies, and
 * paragraphs that only repeat the title.
 */
export function dedupeParagraphs(record: DocumentRecord, options: DedupeOptions = DEFAULT_DEDUPE): DocumentRecord {
  if (!options.enabled) return record;
  const title = record.title ? normalizeForComparison(record.title) : null;
  const seen = new Set<string>();
  const near = new NearDuplicateIndex(options.threshold);
  const blocks: Block[] = [];
  const removals: Removal[] = [...record.removals];
  for (const block of record.blocks) {
    const key = normalizeForComparison(block.text);
    // A short line said twice (a chorus, a recipe step, a table row) may well be said twice on purpose.
    const repeatable = key.length < DEDUPE_MIN_CHARS;
    const reason =
      key === title ? 'dup:title' : repeatable ? null : seen.has(key) ? 'dup:exact' : near.seenOrAdd(key) ? 'dup:near' : null;
    if (reason) {
      removals.push({ reason, text: block.text });
    } else {
      seen.add(key);
      blocks.push(block);
    }
  }
  return { ...record, blocks, removals };
}
