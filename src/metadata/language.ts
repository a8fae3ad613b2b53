/** Frequent function words: enough to tell an Indonesian story from an English one. */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  id: new Set(['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'tidak', 'akan', 'pada', 'dalam', 'juga', 'karena', 'oleh', 'telah', 'bahwa', 'kata', 'ada']),
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'it', 'are', 'from', 'said', 'be', 'at', 'has']),
};
/**
 * The stopwords by a hash of their characters, each with its language: a word read is looked up by
 * the hash made while reading it, with no string made for it (a slice per short word was most of
 * the cost of the guess). The table is indexed by the hash's low bits, which costs less than a
 * `Map` lookup for each of the thousand or so short words of a sample.
 */
const STOPWORD_TABLE_SIZE = 1024;
const STOPWORDS_BY_HASH: { word: string; language: string; hash: number }[][] = Array.from({ length: STOPWORD_TABLE_SIZE }, () => []);
for (const [language, words] of Object.entries(STOPWORDS)) {
  for (const word of words) {
    let hash = 0;
    for (let i = 0; i < word.length; i += 1) hash = hashStep(hash, word.charCodeAt(i));
    STOPWORDS_BY_HASH[hash % STOPWORD_TABLE_SIZE]!.push({ word, language, hash });
  }
}
const LONGEST_STOPWORD = Math.max(...Object.values(STOPWORDS).flatMap((words) => [...words].map((word) => word.length)));
/** Characters read: a few paragraphs say which language a page is in as well as the whole of it. */
export const LANGUAGE_SAMPLE_CHARS = 10_000;
/** Words needed, and the lead the winner needs over the runner-up, before a guess is made. */
const MIN_HITS = 5;
const MIN_LEAD = 2;

/** The primary language subtag of a `lang` attribute (`id-ID` -> `id`; the old `in` -> `id`). */
export function languageFromTag(tag: string | null): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) return null;
  return primary === 'in' ? 'id' : primary;
}

/** Indonesian or English by stopword counts, or null when the text does not say clearly. */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase();
  // The words are the runs of letters (`\p{L}+`), found in place: only a word short enough to be a
  // stopword becomes a string, where matching them all made an array of every word in the sample.
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= sample.length; i += 1) {
    // `charCodeAt` first: `codePointAt` costs more, and only a surrogate needs it.
    const code = i < sample.length ? sample.charCodeAt(i) : SPACE;
    const codePoint = code < SURROGATES ? code : sample.codePointAt(i)!;
    if (isLetter(codePoint)) {
      if (start === -1) {
        start = i;
        hash = 0;
      }
      // By UTF-16 unit, as the stopwords were hashed: a letter beyond them counts as two.
      hash = hashStep(hash, code);
      if (codePoint > 0xffff) hash = hashStep(hash, sample.charCodeAt(i + 1));
    } else if (start !== -1) {
      const language = i - start <= LONGEST_STOPWORD ? stopwordLanguage(sample, start, i, hash) : undefined;
      if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
      start = -1;
    }
    if (codePoint > 0xffff) i += 1;
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [winner, runnerUp] = ranked;
  if (!winner || winner[1] < MIN_HITS || winner[1] < (runnerUp?.[1] ?? 0) * MIN_LEAD) return null;
  return winner[0];
}

/** The language of the stopword `text` holds from `start` to `end`, whose characters hash to `hash`. */
function stopwordLanguage(text: string, start: number, end: number, hash: number): string | undefined {
  for (const entry of STOPWORDS_BY_HASH[hash % STOPWORD_TABLE_SIZE]!) {
    if (entry.hash === hash && entry.word.length === end - start && text.startsWith(entry.word, start)) return entry.language;
  }
  return undefined;
}

/** One more UTF-16 unit into a word's hash, kept small enough for V8 to hold as a small integer. */
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff;
}

const SPACE = 0x20;
const SURROGATES = 0xd800;
const LETTER = /^\p{L}$/u;

/** A letter as `\p{L}` has it; ASCII, nearly every character read, without a regular expression. */
function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  return LETTER.test(String.fromCodePoint(codePoint));
}
