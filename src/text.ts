/** Small text helpers every stage shares. */

/** Soft hyphens, zero-width characters, and control characters other than whitespace (NUL, ESC...): no text. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Collapses any run of whitespace (NBSP included) to one space, drops invisible characters, trims.
 * Control characters go too: a NUL past the bytes sniffed for binary data reached the output, which
 * then read as binary itself.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/** The comparison key of a paragraph: NFKC, lower case, letters and digits only, single spaces. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const CLOSERS = '"”’\'»)]」』）';

/** True when the text ends with one of `marks`, perhaps followed by closing quotes or brackets. */
export function endsLikeSentence(text: string, marks = '.!?…。！？｡؟।'): boolean {
  // A loop, not /[closers]+$/: that regex retries from every closer of a long run (quadratic).
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end -= 1;
  return end > 0 && marks.includes(text[end - 1]!);
}
