/**
 * Boilerplate that Indonesian (and English) news pages wrap around an article, as data.
 *
 * Each pattern is tested against one whole block (a line of a text page, a paragraph of an HTML
 * page) after whitespace is collapsed and the block trimmed; a match removes the block with the
 * reason `boilerplate:<id>`. Patterns must be anchored (`^...$`) so that they only ever take a
 * block that is nothing but boilerplate: a body paragraph never goes.
 */
export interface BoilerplatePhrase {
  /** Reason id suffix, kebab-case and unique: `baca-juga` gives `boilerplate:baca-juga`. */
  id: string;
  /** Anchored, case-insensitive, Unicode (`/^...$/iu`). */
  pattern: RegExp;
  lang: 'id' | 'en' | 'any';
  /** Real-looking blocks it must remove (the table test checks each one matches). */
  examples: string[];
  /** A block longer than this is never this boilerplate, whatever the pattern says. */
  maxChars: number;
  /** The block heads a list of headlines (related, popular): the short lines after it go too. */
  startsList?: boolean;
}

export const BOILERPLATE_PHRASES: BoilerplatePhrase[] = [
  {
    id: 'loading',
    pattern: /^(?:loading|memuat|sedang memuat)(?:\s*\.{2,}|…)?$/iu,
    lang: 'any',
    examples: ['loading...', 'Memuat…'],
    maxChars: 20,
  },
  {
    id: 'font-size-control',
    pattern: /^(?:a[+-]?\s*){1,4}$/iu,
    lang: 'any',
    examples: ['A', 'A A A', 'A- A+'],
    maxChars: 12,
  },
];
