/** One entry of the boilerplate table (the table and its rules: ./index.ts). */
export interface BoilerplatePhrase {
  /** Reason id suffix, kebab-case and unique: `baca-juga` gives `boilerplate:baca-juga`. */
  id: string;
  /** Anchored, case-insensitive, Unicode (`/^...$/iu`); its letters lower case, so that the matcher may read it without `i` (clean/matcher.ts). */
  pattern: RegExp;
  lang: 'id' | 'en' | 'any';
  /** Real-looking blocks it must remove (the table test checks each one matches). */
  examples: string[];
  /** A block longer than this is never this boilerplate, whatever the pattern says. */
  maxChars: number;
  /** The block heads a list of headlines (related, popular): the short lines after it go too. */
  startsList?: boolean;
}
