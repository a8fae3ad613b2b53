import { BOILERPLATE_PHRASES, type BoilerplatePhrase } from './phrases/index.js';

/** The phrase a whole block is nothing but, or null: the block must fit the phrase's length cap. */
export function matchBoilerplate(text: string, phrases: readonly BoilerplatePhrase[] = BOILERPLATE_PHRASES): BoilerplatePhrase | null {
  for (const phrase of phrases) {
    if (text.length <= phrase.maxChars && phrase.pattern.test(text)) return phrase;
  }
  return null;
}

/** True for a block with no letter or digit at all (rules, bullets, stray punctuation). */
export function hasNoText(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
