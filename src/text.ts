/** Small text helpers every stage shares. */

/** Soft hyphens, zero-width characters, and control characters other than whitespace (NUL, ESC...): no text. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * Runs of whitespace (`\s` covers NBSP and the other Unicode spaces) except a lone space, which
 * already is what a run becomes: replacing each space between two words with a new one was most of
 * the cost on long text.
 */
const WHITESPACE = / ?[^\S ]\s*| {2,}\s*/g;
/** Runs of what is neither letter nor digit, except a lone space before a letter or digit (see WHITESPACE). */
const NON_WORD = /(?! [\p{L}\p{N}])[^\p{L}\p{N}]+/gu;

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
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * Every match of a global pattern, in order, as `text.matchAll(pattern)` gives them. `matchAll`
 * copies the pattern on each call, and V8 compiles a copy afresh once a garbage collection has
 * emptied its cache: the date patterns cost 15-30 µs a call that way, against under 1 µs for `exec`
 * on the compiled original. The pattern's `lastIndex` is left at 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step past it, a code point for /u.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

const CLOSERS = '"”’\'»)]」』）';

/** True when the text ends with one of `marks`, perhaps followed by closing quotes or brackets. */
export function endsLikeSentence(text: string, marks = '.!?…。！？｡؟।'): boolean {
  // A loop, not /[closers]+$/: that regex retries from every closer of a long run (quadratic).
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end -= 1;
  return end > 0 && marks.includes(text[end - 1]!);
}
