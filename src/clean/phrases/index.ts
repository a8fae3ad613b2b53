/**
 * Boilerplate that Indonesian (and English) news pages wrap around an article, as data.
 *
 * The table is split by kind into the files beside this one. Order matters (the first match
 * wins), and it is kept here.
 *
 * Each pattern is tested against one whole block (a line of a text page, a paragraph of an HTML
 * page) after whitespace is collapsed and the block trimmed; a match removes the block with the
 * reason `boilerplate:<id>`. Patterns must be anchored (`^...$`) so that they only ever take a
 * block that is nothing but boilerplate: a body paragraph never goes.
 *
 * Where a pattern needs a list of words (weekdays, months, photo agencies) the list is a named
 * array below and the pattern is assembled from it, so that the lists can be read and reused.
 */
import { CREDIT_PHRASES } from './credits.js';
import { LIST_PHRASES } from './lists.js';
import { NAVIGATION_PHRASES } from './navigation.js';
import { PROMPT_PHRASES } from './prompts.js';
import type { BoilerplatePhrase } from './types.js';

export type { BoilerplatePhrase } from './types.js';
export { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS, TIME_ZONES } from './words.js';

export const BOILERPLATE_PHRASES: readonly BoilerplatePhrase[] = [
  ...PROMPT_PHRASES,
  ...LIST_PHRASES,
  ...CREDIT_PHRASES,
  ...NAVIGATION_PHRASES,
];
