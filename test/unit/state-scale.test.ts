import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintText, StateStore } from '../../src/state/index.js';
import { useTempDirs } from '../helpers/tmp.js';

const ARTICLES = 20_000;
const SAMPLES = 500;
const WORDS_PER_ARTICLE = 150;

// Enough words that three-word runs almost never repeat between articles by chance.
const VOCABULARY = (
  'pemerintah daerah warga kota desa jalan sungai banjir harga beras minyak pasar bank rupiah ekonomi presiden ' +
  'menteri gubernur bupati polisi sekolah guru siswa rumah sakit dokter pasien vaksin program bantuan anggaran ' +
  'proyek bandara pelabuhan kapal pesawat kereta tol listrik air bersih sampah hutan tambang petani nelayan ' +
  'pupuk panen ekspor impor pajak investasi kredit usaha pekerja buruh upah pemilu partai calon suara kampanye ' +
  'hakim jaksa sidang putusan korupsi kasus saksi korban pelaku gempa longsor kebakaran cuaca hujan angin ' +
  'pantai wisata hotel budaya festival musik film atlet tim laga gol pelatih stadion turnamen medali juara'
).split(' ');

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

function article(next: () => number, words = WORDS_PER_ARTICLE): string[] {
  return Array.from({ length: words }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
}

/** The same story as another site runs it: its own opening words and three words changed. */
function republished(words: string[], next: () => number): string {
  const copy = [...article(next, 10), ...words.slice(10)];
  for (let change = 0; change < 3; change += 1) copy[10 + Math.floor(next() * (copy.length - 10))] = `ganti${change}`;
  return copy.join(' ');
}

const tempDir = useTempDirs();

describe(`a store of ${ARTICLES} articles`, () => {
  it('answers has and findNearDuplicate for every kind of question', () => {
    const next = random(20_240_717);
    const store = StateStore.open(join(tempDir(), 's.db'));
    try {
      const texts: string[][] = [];
      for (let i = 0; i < ARTICLES; i += 1) {
        const words = article(next);
        texts.push(words);
        store.record({
          url: `https://contoh.id/berita/${i}`,
          canonicalUrl: i % 2 === 0 ? `https://contoh.id/kanonik/${i}` : null,
          fetchedAt: new Date(Date.UTC(2024, 6, 17, 0, 0, i)).toISOString(),
          etag: null,
          lastModified: null,
          ...fingerprintText(words.join(' ')),
        });
      }

      const sampled = Array.from({ length: SAMPLES }, () => Math.floor(next() * ARTICLES));
      for (let i = 0; i < ARTICLES; i += 1) expect(store.has(`https://contoh.id/berita/${i}`)).toBe(true);
      for (const i of sampled) {
        expect(store.has(`https://contoh.id/kanonik/${i}`)).toBe(i % 2 === 0);
        expect(store.has(`https://contoh.id/berita/${i + ARTICLES}`)).toBe(false);
      }

      for (const i of sampled) {
        const url = `https://contoh.id/berita/${i}`;
        expect(store.findNearDuplicate(texts[i]!.join(' '))).toEqual({ url, similarity: 1 });
        expect(store.findNearDuplicate(republished(texts[i]!, next))?.url).toBe(url);
        expect(store.findNearDuplicate(article(next).join(' '))).toBeNull();
      }
    } finally {
      store.close();
    }
  }, 120_000);
});
