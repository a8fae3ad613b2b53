/** Frequent function words: enough to tell an Indonesian story from an English one. */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  id: new Set(['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'tidak', 'akan', 'pada', 'dalam', 'juga', 'karena', 'oleh', 'telah', 'bahwa', 'kata', 'ada']),
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'it', 'are', 'from', 'said', 'be', 'at', 'has']),
};
/** Each stopword to its language, for one lookup per word. */
const LANGUAGE_OF = new Map(Object.entries(STOPWORDS).flatMap(([language, words]) => [...words].map((word) => [word, language] as const)));
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
  for (const word of text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? []) {
    const language = LANGUAGE_OF.get(word);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [winner, runnerUp] = ranked;
  if (!winner || winner[1] < MIN_HITS || winner[1] < (runnerUp?.[1] ?? 0) * MIN_LEAD) return null;
  return winner[0];
}
