/** Frequent function words: enough to tell an Indonesian story from an English one. */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  id: new Set(['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'tidak', 'akan', 'pada', 'dalam', 'juga', 'karena', 'oleh', 'telah', 'bahwa', 'kata', 'ada']),
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'it', 'are', 'from', 'said', 'be', 'at', 'has']),
};
/** Each stopword to its language, for one lookup per word. */
const LANGUAGE_OF = new Map(Object.entries(STOPWORDS).flatMap(([language, words]) => [...words].map((word) => [word, language] as const)));
const LONGEST_STOPWORD = Math.max(...[...LANGUAGE_OF.keys()].map((word) => word.length));
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
  for (let i = 0; i <= sample.length; i += 1) {
    const codePoint = i < sample.length ? sample.codePointAt(i)! : SPACE;
    if (isLetter(codePoint)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      const language = i - start <= LONGEST_STOPWORD ? LANGUAGE_OF.get(sample.slice(start, i)) : undefined;
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

const SPACE = 0x20;
const LETTER = /^\p{L}$/u;

/** A letter as `\p{L}` has it; ASCII, nearly every character read, without a regular expression. */
function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  return LETTER.test(String.fromCodePoint(codePoint));
}
