import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const BODY = 'JAKARTA - Pemerintah mengumumkan kebijakan baru pada Selasa (18/6/2024), kata juru bicara.';

describe('text pages', () => {
  it('takes the first short line without a full stop as the title', () => {
    const article = clean(`Harga Beras Naik Lagi\n${BODY}`);
    expect(article.title).toBe('Harga Beras Naik Lagi');
    expect(article.paragraphs).toEqual([BODY]);
  });

  it('skips boilerplate above the headline when looking for it', () => {
    const article = clean(`loading...\nA\nA\nHarga Beras Naik Lagi\n${BODY}`);
    expect(article.title).toBe('Harga Beras Naik Lagi');
    expect(article.removed.boilerplate).toBe(3);
  });

  it('accepts a headline that asks a question', () => {
    expect(clean(`Benarkah Harga Beras Naik Lagi?\n${BODY}`).title).toBe('Benarkah Harga Beras Naik Lagi?');
  });

  it('has no title rather than a wrong one when the text opens with a sentence', () => {
    const article = clean(`${BODY}\nParagraf kedua yang juga panjang dan berakhir dengan titik.`);
    expect(article.title).toBeNull();
    expect(article.paragraphs).toHaveLength(2);
  });

  it('keeps body paragraphs and short subheadings, and drops blank lines', () => {
    const article = clean(`Judul Berita Hari Ini\n\n${BODY}\n\n   \nKronologi Kejadian\nPolisi tiba di lokasi sekitar pukul 10.00 WIB.\r\n`);
    expect(article.paragraphs).toEqual([BODY, 'Kronologi Kejadian', 'Polisi tiba di lokasi sekitar pukul 10.00 WIB.']);
  });

  it('collapses whitespace, NBSP and zero-width characters inside lines', () => {
    const article = clean(`Judul\u00a0Berita  Hari\u200b Ini\nIsi\tberita   ini panjang sekali.`);
    expect(article.title).toBe('Judul Berita Hari Ini');
    expect(article.paragraphs).toEqual(['Isi berita ini panjang sekali.']);
  });

  it('drops menu labels above the headline and bylines, dates and sections between it and the body', () => {
    const article = clean(`Beranda\nNews\nBola\nTimnas Menang Telak atas Laos\nFulan Fulani, Jurnalis\nRabu 19 Juni 2024 10:15 WIB\nDaerah\n${BODY}\nKronologi Kejadian\nPolisi tiba pukul 10.00 WIB.`);
    expect(article.title).toBe('Timnas Menang Telak atas Laos');
    expect(article.paragraphs).toEqual([BODY, 'Kronologi Kejadian', 'Polisi tiba pukul 10.00 WIB.']);
    expect(article.removed.boilerplate).toBe(6);
  });

  it('never starts the body at a line without letters, which the cleaner drops (cleaning the output again changed it)', () => {
    const article = clean(`Harga Beras Naik Lagi\n-…\nFulan Fulani, Jurnalis\n${BODY}`);
    expect(article.paragraphs).toEqual([BODY]);
    expect(clean(`${article.title}\n${article.paragraphs.join('\n')}`).paragraphs).toEqual(article.paragraphs);
  });

  it('keeps a long line between the headline and the body: it is no byline', () => {
    const deck = 'Pemerintah menyiapkan langkah darurat untuk menstabilkan harga beras di seluruh provinsi menjelang akhir tahun ini';
    expect(clean(`Harga Beras Naik Lagi\n${deck}\n${BODY}`).paragraphs).toEqual([deck, BODY]);
  });

  it('drops tag labels trailing after the last sentence, but not a closing list item', () => {
    const article = clean(`Harga Beras Naik Lagi\n${BODY}\nharga beras\nBulog\nInflasi 2024`);
    expect(article.paragraphs).toEqual([BODY]);
    expect(article.removed.boilerplate).toBe(3);
    const list = clean(`Harga Beras Naik Lagi\n${BODY}\nSyaratnya:\n- Kartu tanda penduduk\n- Kartu keluarga`);
    expect(list.paragraphs).toEqual([BODY, 'Syaratnya:', '- Kartu tanda penduduk', '- Kartu keluarga']);
  });
});
