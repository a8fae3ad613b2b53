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

/**
 * The same shingles as 30-bit hashes: a paragraph is hashed word by word without building a
 * string per shingle, and number sets compare faster than string sets. Thirty bits, not 32: V8
 * keeps such a number as a small integer, where a larger one is an object of its own in the set
 * and the index (a quarter of the near-duplicate search's time). Two shingles colliding can only
 * make a paragraph look a little more like another, at odds of about one in a billion.
 */
export function hashedShingles(normalized: string, size: number = NEAR_DUP_SHINGLE_WORDS): Set<number> {
  const words = wordHashes(normalized);
  const shingles = new Set<number>();
  const count = Math.max(words.length - size + 1, words.length > 0 ? 1 : 0);
  for (let i = 0; i < count; i += 1) {
    let hash = FNV_OFFSET;
    for (let j = i; j < Math.min(i + size, words.length); j += 1) hash = Math.imul(hash ^ words[j]!, FNV_PRIME);
    shingles.add(hash & 0x3fffffff);
  }
  return shingles;
}

const SPACE = 0x20;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-16 code units of each word (what `split(' ')` gives, empty ones left out),
 * read in one pass without making a string per word.
 */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : SPACE;
    if (code !== SPACE) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash >>> 0);
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  return hashes;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}
