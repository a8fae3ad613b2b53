import { NEAR_DUP_MAX_CANDIDATES, NEAR_DUP_MAX_POSTINGS, NEAR_DUP_MIN_WORDS } from '../settings.js';
import { hashedShingles, jaccard } from './shingles.js';

/**
 * Remembers kept paragraphs and finds a near-duplicate among them. An inverted index from shingle
 * to paragraphs means a paragraph is compared only with the few that share its rarest shingles,
 * so a page of thousands of paragraphs stays linear.
 */
export class NearDuplicateIndex {
  private readonly kept: Set<number>[] = [];
  private readonly byShingle = new Map<number, number[]>();

  constructor(private readonly threshold: number) {}

  /** True when `normalized` is a near-duplicate of a kept paragraph; otherwise keeps it. */
  seenOrAdd(normalized: string): boolean {
    if (wordCount(normalized) < NEAR_DUP_MIN_WORDS) return false;
    const shingles = hashedShingles(normalized);
    for (const candidate of this.candidates(shingles)) {
      if (jaccard(shingles, this.kept[candidate]!) >= this.threshold) return true;
    }
    const id = this.kept.push(shingles) - 1;
    for (const shingle of shingles) {
      const list = this.byShingle.get(shingle);
      if (list) list.push(id);
      else this.byShingle.set(shingle, [id]);
    }
    return false;
  }

  private candidates(shingles: Set<number>): number[] {
    const counts = new Map<number, number>();
    for (const shingle of shingles) {
      // Only the latest sharers of a shingle: on a page of look-alike paragraphs (a template with a
      // changing number) every list holds every paragraph, and reading them all is quadratic.
      const list = this.byShingle.get(shingle) ?? [];
      for (let i = Math.max(0, list.length - NEAR_DUP_MAX_POSTINGS); i < list.length; i += 1) {
        counts.set(list[i]!, (counts.get(list[i]!) ?? 0) + 1);
      }
    }
    // All of them when they are few: seenOrAdd asks whether any is close, in whatever order.
    if (counts.size <= NEAR_DUP_MAX_CANDIDATES) return [...counts.keys()];
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, NEAR_DUP_MAX_CANDIDATES)
      .map(([id]) => id);
  }
}

/** `text.split(' ').length`, without the array. */
function wordCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count += 1;
  return count;
}
