/** Small text helpers every stage shares. */

/** Soft hyphens, zero-width characters, and control characters other than whitespace (NUL, ESC...): no text. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * Runs of whitespace (`\s` covers NBSP and the other Unicode spaces) except a lone space, which
 * already is what a run becomes: replacing each space between two words with a new one was most of
 * the cost on long text.
 */
const WHITESPACE = / ?[^\S ]\s*| {2,}\s*/g;

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
  return wordsOnly(text.normalize('NFKC').toLowerCase());
}

/**
 * Every run of what is neither letter nor digit (`[^\p{L}\p{N}]+`) as one space, none at the ends.
 * A loop that copies only around runs other than a single space: the Unicode-class replace that did
 * this cost about 20 ns a character, most of the comparison key's cost.
 */
function wordsOnly(text: string): string {
  let out = '';
  let from = -1;
  let i = 0;
  while (i < text.length) {
    const width = wordWidth(text, i);
    if (width > 0) {
      if (from === -1) from = i;
      i += width;
      continue;
    }
    let end = i - width;
    for (let next = 0; end < text.length && (next = wordWidth(text, end)) < 0; ) end -= next;
    // A run before the first word goes, and one at the end; a single space between words stays as it is.
    const last = end === text.length;
    if (from !== -1 && (last || end > i + 1 || text.charCodeAt(i) !== 0x20)) {
      out += last ? text.slice(from, i) : `${text.slice(from, i)} `;
      from = -1;
    }
    i = end;
  }
  if (from === 0) return text;
  return from === -1 ? out : out + text.slice(from);
}

/** `\p{L}` or `\p{N}` for each UTF-16 code unit, found once: 0 not yet known, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(0x10000);
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/**
 * At `i`, the width of a letter or digit (1, or 2 for a surrogate pair), else minus the width of
 * the character that is neither (a lone surrogate is one unit of neither).
 */
function wordWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : -1;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : -2;
  }
  let known = WORD_UNITS[code]!;
  if (known === 0) WORD_UNITS[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : -1;
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
