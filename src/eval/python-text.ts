/**
 * The Python `str` behaviours the reference scorers (../shared/tools/*.py) lean on, written out so that the
 * harness counts exactly what they count: JavaScript's `\w`, `\s`, `toLowerCase` and `length` all differ.
 */

/**
 * Python's `\w` on str (alphanumeric or `_`). For every code point of Unicode 14 (the database of the Python 3.11
 * the scorers run on) it is exactly letters, numbers and `_`: no combining marks, no connector punctuation but `_`.
 */
export const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const WORD_RUN = new RegExp(`${WORD_CHAR}+`, 'gu');
const HAS_WORD = new RegExp(WORD_CHAR, 'u');

/** What `str.isspace()` accepts; JavaScript's `\s` adds U+FEFF and lacks U+001C-U+001F and U+0085. */
export const SPACE_CHAR = String.raw`[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]`;
const SPACE_RUN = new RegExp(`${SPACE_CHAR}+`, 'u');
const ONLY_SPACE = new RegExp(`^${SPACE_CHAR}*$`, 'u');

/** `re.findall(r'\w+', text)` */
export function wordTokens(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}

/** `re.search(r'\w', text)` */
export function hasWordChar(text: string): boolean {
  return HAS_WORD.test(text);
}

/** `' '.join(text.split())` */
export function foldWhitespace(text: string): string {
  return text.split(SPACE_RUN).filter(Boolean).join(' ');
}

/** `not text.strip()` */
export function isBlank(text: string): boolean {
  return ONLY_SPACE.test(text);
}

/** `len(text)`: code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/** The lines of a file Python opened in text mode: universal newlines turn `\r\n` and a lone `\r` into `\n`. */
export function fileLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

// Upper- then lower-casing gives Python's full case folding for every code point but these: dotless ı and the
// upper-case Cherokee letters fold to themselves, capital ẞ folds to "ss", lower-case Cherokee folds up.
const ROUND_TRIP_EXCEPTIONS = /([\u0131\u1e9e\u13a0-\u13fd\uab70-\uabbf])/u;

/** `str.casefold()` */
export function caseFold(text: string): string {
  return text
    .split(ROUND_TRIP_EXCEPTIONS)
    .map((part, index) => (index % 2 === 1 ? foldException(part) : foldByCaseRoundTrip(part)))
    .join('');
}

function foldByCaseRoundTrip(text: string): string {
  return text.toUpperCase().toLowerCase().replaceAll('ς', 'σ');
}

function foldException(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x1e9e) return 'ss';
  if (code >= 0xab70) return String.fromCodePoint(code - 0xab70 + 0x13a0);
  if (code >= 0x13f8) return String.fromCodePoint(code - 8);
  return char;
}
