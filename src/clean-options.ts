import { UsageError } from './errors.js';
import type { TypeChoice } from './parse/index.js';
import { NEAR_DUP_JACCARD } from './settings.js';

// Apart from the pipeline, so that a run cleaning in worker threads never loads the stages in its main thread.

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
