import { describe, expect, it } from 'vitest';
import { dedupeParagraphs } from '../../src/dedupe/index.js';
import type { DocumentRecord } from '../../src/record.js';
import { jaccard, wordShingles } from '../../src/dedupe/shingles.js';

function record(paragraphs: string[], title: string | null = null): DocumentRecord {
  return {
    input: 't', type: 'text', parsed: { type: 'text', lines: [] }, title, removals: [],
    blocks: paragraphs.map((text) => ({ text, kind: 'line' })),
    url: null, author: null, published: null, site: null, language: null,
  };
}
const texts = (result: DocumentRecord): string[] => result.blocks.map((block) => block.text);
const reasons = (result: DocumentRecord): string[] => result.removals.map((removal) => removal.reason);

const LONG = 'Pemerintah provinsi menyiapkan anggaran tambahan untuk perbaikan jalan rusak di wilayah selatan tahun ini.';

describe('dedupe within a document', () => {
  it('keeps the first of exact copies, folding case, whitespace, punctuation and NFKC', () => {
    const result = dedupeParagraphs(record(['Satu dua tiga empat lima.', 'SATU  dua, tiga empat lima!', 'Ｓａｔｕ dua tiga empat lima', 'Enam tujuh delapan sembilan.']));
    expect(texts(result)).toEqual(['Satu dua tiga empat lima.', 'Enam tujuh delapan sembilan.']);
    expect(reasons(result)).toEqual(['dup:exact', 'dup:exact']);
  });

  it('lets a short line repeat: a chorus, a recipe step, a table row', () => {
    const result = dedupeParagraphs(record(['Aduk rata.', 'Tunggu 5 menit.', 'Aduk rata.']));
    expect(texts(result)).toEqual(['Aduk rata.', 'Tunggu 5 menit.', 'Aduk rata.']);
  });

  it('drops a paragraph that repeats the title', () => {
    const result = dedupeParagraphs(record(['Harga Beras Naik!', LONG], 'Harga beras naik'));
    expect(texts(result)).toEqual([LONG]);
    expect(reasons(result)).toEqual(['dup:title']);
  });

  it('drops near copies at or above the threshold, keeps the rest', () => {
    const nearCopy = LONG.replace('tambahan', 'tambahan baru');
    const different = 'Gubernur meresmikan jembatan baru yang menghubungkan dua kabupaten di wilayah selatan pada Senin.';
    const result = dedupeParagraphs(record([LONG, nearCopy, different]), { enabled: true, threshold: 0.6 });
    expect(texts(result)).toEqual([LONG, different]);
    expect(reasons(result)).toEqual(['dup:near']);
    const strict = dedupeParagraphs(record([LONG, nearCopy]), { enabled: true, threshold: 0.95 });
    expect(texts(strict)).toHaveLength(2);
  });

  it('never removes short paragraphs as near copies, only as exact ones', () => {
    const result = dedupeParagraphs(record(['Kata dia hari ini.', 'Kata dia hari itu.']));
    expect(texts(result)).toHaveLength(2);
  });

  it('never drops the only copy of a paragraph', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraf nomor ${i} membahas topik ${i * 7} secara rinci dan mendalam sekali.`);
    expect(texts(dedupeParagraphs(record(paragraphs)))).toEqual(paragraphs);
  });

  it('stays linear on thousands of look-alike paragraphs (a template with a number changing)', () => {
    // Every shingle but the numbered ones is shared by all paragraphs: reading whole shingle lists
    // took half a minute here. A hang check with the per-document budget, not a speed test.
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `Paragraf nomor ${i} berisi kalimat berita yang cukup panjang, dengan koma.`);
    const started = Date.now();
    expect(texts(dedupeParagraphs(record(paragraphs)))).toHaveLength(paragraphs.length);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('does nothing when turned off', () => {
    expect(texts(dedupeParagraphs(record(['a b', 'a b']), { enabled: false, threshold: 0.9 }))).toEqual(['a b', 'a b']);
  });
});

describe('shingles', () => {
  it('are word trigrams, or the whole text when shorter', () => {
    expect([...wordShingles('a b c d')]).toEqual(['a b c', 'b c d']);
    expect([...wordShingles('a b')]).toEqual(['a b']);
    expect(jaccard(new Set(['x', 'y']), new Set(['y', 'z']))).toBeCloseTo(1 / 3);
  });
});

describe('the default threshold', () => {
  it('catches a long paragraph repeated with one trailing word changed', () => {
    const words = Array.from({ length: 60 }, (_, i) => `kata${i}`);
    const original = `${words.join(' ')} selesai.`;
    const edited = `${words.join(' ')} berakhir.`;
    expect(texts(dedupeParagraphs(record([original, edited])))).toEqual([original]);
  });
});
