/** Small text helpers every stage shares. */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Collapses any run of whitespace (NBSP included) to one space, drops invisible characters, trims. */
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

/** True when the text ends with one of `marks`, perhaps followed by closing quotes or brackets. */
export function endsLikeSentence(text: string, marks = '.!?…。！？｡؟।'): boolean {
  const stripped = text.replace(/["”’'»)\]」』）]+$/u, '');
  return stripped.length > 0 && marks.includes(stripped.at(-1)!);
}
