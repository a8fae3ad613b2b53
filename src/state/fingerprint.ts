import { createHash } from 'node:crypto';
import { wordShingles } from '../dedupe/shingles.js';
import { normalizeForComparison } from '../text.js';

/**
 * Texts with fewer words get no near-duplicate fingerprint and only ever match exactly: a
 * three-line brief shares most of its shingles with any other brief built on the same template.
 */
export const STATE_NEAR_DUP_MIN_WORDS = 50;

/**
 * Estimated word-3-shingle Jaccard at or above which a stored article is a near-duplicate.
 * Measured: a wire story republished with a new dateline and intro sentence and a few words
 * changed scores 0.72-0.87 (27 site fixtures, 5 words changed; 0.74 for the handwritten
 * pairs in test/unit/state-duplicates.test.ts); different stories at most 0.04, on the same
 * topic too; but two days of a templated price report (same sentences, new figures) 0.52, and
 * they are different articles. 0.6 sits between, with the estimate's noise (±0.045) to spare.
 */
export const STATE_NEAR_DUP_JACCARD = 0.6;

// The fingerprint format. Stored fingerprints depend on every constant below and on the hashes,
// so changing any of them needs a schema migration that drops the old fingerprints.
/** LSH bands: a candidate shares all the hashes of at least one band. */
export const MINHASH_BANDS = 16;
/** Hashes per band: three keeps chance candidates (J³ for unrelated texts) rare at a million rows. */
const MINHASH_ROWS_PER_BAND = 3;
/** Words per shingle, fixed here rather than shared with in-document dedupe, which may tune its own. */
const SHINGLE_WORDS = 3;
/** Hashes in a fingerprint: the bands use the first 48, the Jaccard estimate all (±0.045 at 0.6). */
const MINHASH_COUNT = 128;
/** Only the low 16 bits of each minimum are kept (b-bit MinHash): different minima agree once in 65,536. */
const MINHASH_VALUE_BYTES = 2;
const MINHASH_SEEDS = Uint32Array.from({ length: MINHASH_COUNT }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

export interface TextFingerprint {
  /** MinHash signature as hex (128 16-bit values); empty for texts under STATE_NEAR_DUP_MIN_WORDS words. */
  fingerprint: string;
  /** SHA-256 of the normalised text, hex. */
  contentHash: string;
}

/** What `StateStore.record` needs to know an article's text by, from the cleaned article text. */
export function fingerprintText(text: string): TextFingerprint {
  const { fingerprint, contentHash } = describeText(text);
  return { fingerprint, contentHash };
}

/** `fingerprintText` plus the normalised word count, which decides how a text may match. */
export function describeText(text: string): TextFingerprint & { words: number } {
  const normalized = normalizeForComparison(text);
  const words = normalized === '' ? 0 : normalized.split(' ').length;
  const contentHash = createHash('sha256').update(normalized).digest('hex');
  const fingerprint = words < STATE_NEAR_DUP_MIN_WORDS ? '' : minhashSignature(wordShingles(normalized, SHINGLE_WORDS)).toString('hex');
  return { fingerprint, contentHash, words };
}

/** A fingerprint as stored: the hex decoded, or null when it is not one `fingerprintText` makes. */
export function decodeFingerprint(fingerprint: string): Buffer | null {
  if (fingerprint === '') return Buffer.alloc(0);
  const valid = fingerprint.length === MINHASH_COUNT * MINHASH_VALUE_BYTES * 2 && /^[0-9a-f]+$/.test(fingerprint);
  return valid ? Buffer.from(fingerprint, 'hex') : null;
}

/**
 * One integer per band, the band's number above its three 16-bit values: 52 bits, exact in a JS
 * number and an SQLite INTEGER. Two fingerprints are candidates when they share any key.
 */
export function bandKeys(signature: Buffer): number[] {
  if (signature.length === 0) return [];
  const keys: number[] = [];
  for (let band = 0; band < MINHASH_BANDS; band += 1) {
    const offset = band * MINHASH_ROWS_PER_BAND * MINHASH_VALUE_BYTES;
    keys.push(band * 2 ** 48 + signature.readUIntBE(offset, MINHASH_ROWS_PER_BAND * MINHASH_VALUE_BYTES));
  }
  return keys;
}

/** The share of equal hashes: an estimate of the two texts' shingle Jaccard. */
export function estimateJaccard(a: Buffer, b: Buffer): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let offset = 0; offset < a.length; offset += MINHASH_VALUE_BYTES) {
    if (a.readUInt16BE(offset) === b.readUInt16BE(offset)) equal += 1;
  }
  return equal / MINHASH_COUNT;
}

function minhashSignature(shingles: Set<string>): Buffer {
  const minima = new Uint32Array(MINHASH_COUNT).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = hashString(shingle);
    for (let i = 0; i < MINHASH_COUNT; i += 1) {
      const value = mix32(base ^ MINHASH_SEEDS[i]!);
      if (value < minima[i]!) minima[i] = value;
    }
  }
  const signature = Buffer.alloc(MINHASH_COUNT * MINHASH_VALUE_BYTES);
  minima.forEach((value, i) => signature.writeUInt16BE(value & 0xffff, i * MINHASH_VALUE_BYTES));
  return signature;
}

/** FNV-1a over UTF-16 code units, then mixed: fast, and stable across Node versions. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix32(hash);
}

/** MurmurHash3's finaliser: every input bit flips about half the output bits. */
function mix32(value: number): number {
  let hash = value;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
