import { BOILERPLATE_PHRASES, type BoilerplatePhrase } from './phrases/index.js';

/** What a case-insensitive Unicode pattern (`/iu`) takes for an ASCII letter: the letter in either case, ſ (long s) and K (Kelvin sign). */
const ASCII_LETTER_FORMS = /[A-Z\u017f\u212a]/g;

/**
 * Escapes that mean the same in either case: classes (`\s`, `\D`), punctuation, and the letter and
 * number properties; not character codes (`\u`, `\x`, `\c`), which may name a cased letter, nor back-references.
 */
const CASELESS_ESCAPE = /\\(?:[pP]\{[LN]\}|[^pPkuxc0-9])/g;

/** A phrase and the way a block is tested against it. */
interface PhraseMatcher {
  phrase: BoilerplatePhrase;
  /** The pattern for the folded block (`foldCase`), or null to test the block itself against the phrase's own. */
  folded: RegExp | null;
}

/** The phrase a whole block is nothing but, or null: the block must fit the phrase's length cap. */
export function matchBoilerplate(text: string, phrases: readonly BoilerplatePhrase[] = BOILERPLATE_PHRASES): BoilerplatePhrase | null {
  let matchers = MATCHERS.get(phrases);
  if (!matchers) MATCHERS.set(phrases, (matchers = phrases.map(phraseMatcher)));
  let foldedText: string | undefined;
  for (const { phrase, folded } of matchers) {
    if (text.length > phrase.maxChars) continue;
    if (folded ? folded.test((foldedText ??= foldCase(text))) : phrase.pattern.test(text)) return phrase;
  }
  return null;
}

/** Matchers of phrase tables, the default one made up front. */
const MATCHERS = new WeakMap<readonly BoilerplatePhrase[], PhraseMatcher[]>([[BOILERPLATE_PHRASES, BOILERPLATE_PHRASES.map(phraseMatcher)]]);

/** True for a block with no letter or digit at all (rules, bullets, stray punctuation). */
export function hasNoText(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/**
 * The text as a lower-case `/u` pattern sees what an `/iu` one sees in the original, for patterns
 * whose letters are all lower-case ASCII: each character that `/iu` equates with an ASCII letter
 * becomes that letter. Nothing else changes, not even the length.
 */
export function foldCase(text: string): string {
  return text.replace(ASCII_LETTER_FORMS, (form) => (form === '\u017f' ? 's' : form.toLowerCase()));
}

/**
 * The phrase's pattern without `i`, for folded text, when its source allows (`foldsCase`). V8
 * compiles a case-insensitive Unicode pattern several times slower: the table took 65 ms per thread
 * with `/iu` against 22 without: a one-page run takes 300 ms -> 260 (cleaning a batch, no change).
 */
export function phraseMatcher(phrase: BoilerplatePhrase): PhraseMatcher {
  const { source, flags } = phrase.pattern;
  return { phrase, folded: flags === 'iu' && foldsCase(source) ? new RegExp(source, 'u') : null };
}

/**
 * True when the source reads the same with and without `i` on folded text: outside its escapes,
 * no letter but lower-case ASCII (no upper case, no cased letter of another script, no named
 * group or back-reference, no other property, which might tell cases apart).
 */
function foldsCase(source: string): boolean {
  const literal = source.replace(CASELESS_ESCAPE, '');
  if (/[A-Z\\]|\(\?<(?![=!])/.test(literal)) return false;
  return [...literal].every((char) => char < '\x80' || (char.toLowerCase() === char && char.toUpperCase() === char));
}
