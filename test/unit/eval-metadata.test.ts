import { describe, expect, it } from 'vitest';
import { authorsFound, checkMetadata, samePublished, sameTitle } from '../../src/eval/metadata.js';

describe('metadata checks (meta_score.py)', () => {
  it('compares titles after folding whitespace and case', () => {
    expect(sameTitle('Harga Beras  Naik', ' harga beras\nnaik ')).toBe(true);
    expect(sameTitle('Harga Beras Naik', 'Harga Beras Naik - Contoh News')).toBe(false);
    expect(sameTitle('Harga Beras Naik', null)).toBe(false);
  });

  it.each([
    ['2024-06-18T10:05:00+07:00', '2024-06-18T10:05:59+0700', true],
    ['2024-06-18T10:05:00+07:00', '2024-06-18 10:05', false],
    ['2024-06-18T10:05:00+07:00', '2024-06-18T03:05:00Z', false],
    ['2024-06-18T10:05:00Z', '2024-06-18T10:05:00+00:00', true],
    ['2024-06-18T10:05', '2024-06-18T10:05:00+08:00', true],
    ['2024-06-18', '2024-06-18T23:59:00+09:00', true],
    ['2024-06-18', '18 Juni 2024', false],
  ])('published %s against %s: %s', (gold, predicted, same) => {
    expect(samePublished(gold, predicted)).toBe(same);
  });

  it('finds every gold author name, split at commas and "dan", in the predicted string or list', () => {
    expect(authorsFound('Budi Santoso, Ani dan Agus', 'Oleh BUDI SANTOSO, Ani, Agus S')).toBe(true);
    expect(authorsFound('Budi Santoso dan Ani', ['Budi Santoso'])).toBe(false);
    expect(authorsFound('Ani', null)).toBe(false);
  });

  it('counts only the fields an article page\'s gold has', () => {
    const check = checkMetadata({ title: 'Judul', published: '', author: null }, { title: 'judul', published: null, author: null });
    expect(check).toEqual({ title: true });
  });

  it('counts a not-article page as detected only when the record says article: false', () => {
    const gold = { kind: 'not-article', title: 'Beranda' };
    expect(checkMetadata(gold, { article: false })).toEqual({ nonArticle: true });
    expect(checkMetadata(gold, { article: true })).toEqual({ nonArticle: false });
    expect(checkMetadata(gold, {})).toEqual({ nonArticle: false });
    expect(checkMetadata(gold, null)).toEqual({ nonArticle: false });
  });

  it('leaves out pages of any other kind, a null one included', () => {
    expect(checkMetadata({ kind: null, title: 'Judul' }, { title: 'Judul' })).toEqual({});
  });
});
