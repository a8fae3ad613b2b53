import { NEAR_DUP_SHINGLE_WORDS } from '../settings.js';

/** The set of word n-gram shingles of a normalised paragraph (words joined by single spaces). */
export function wordShingles(normalized: string, size: number = NEAR_DUP_SHINGLE_WORDS): Set<string> {
  const words = normalized.split(' ').filter(Boolean);
  const shingles = new Set<string>();
  if (words.length < size) {
    if (words.length > 0) shingles.add(words.join(' '));
    return shingles;
  }
  for (let i = 0; i + size <= words.length; i += 1) shingles.add(words.slice(i, i + size).join(' '));
  return shingles;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}
