import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { collapseWhitespace, endsLikeSentence, normalizeForComparison } from '../../src/text.js';

describe('endsLikeSentence', () => {
  it.each([
    ['Kata dia.', true],
    ['"Kami siap," ujarnya.”', true],
    ['Benarkah?)', true],
    ['(lihat foto)', false],
    ['Judul tanpa titik', false],
    ['""', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(endsLikeSentence(text)).toBe(expected);
  });

  it('looks past a run of 200,000 closing quotes in linear time (a regex retried from each one)', () => {
    // A hang check with the per-document budget, not a speed test: the regex took minutes here.
    const started = Date.now();
    expect(endsLikeSentence(`${'”'.repeat(200_000)}x`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('collapseWhitespace', () => {
  it('drops control characters: a NUL past the binary sniff reached the output, which then read as binary', () => {
    expect(collapseWhitespace('a\u0000b \u001b[31mc\u007f\td')).toBe('ab [31mc d');
    const page = `Judul Berita Hari Ini\n${'Isi berita yang cukup panjang.\n'.repeat(400)}Kalimat\u0000 dengan\u0001 kontrol.`;
    const article = clean(page);
    expect(article.paragraphs.at(-1)).toBe('Kalimat dengan kontrol.');
    expect(clean([article.title, ...article.paragraphs].join('\n')).paragraphs).toEqual(article.paragraphs);
  });

  it('drops control characters but keeps line breaks and tabs as spaces (a stray \\x01 title made the output look binary)', () => {
    expect(collapseWhitespace('\u0001Judul\u0000 berita\u007f')).toBe('Judul berita');
    expect(collapseWhitespace('satu\tdua\nTiga\r\nempat\u000bLima')).toBe('satu dua Tiga empat Lima');
    expect(collapseWhitespace('ka\u00adta\u200b')).toBe('kata');
  });
});

describe('normalizeForComparison', () => {
  // The key as a Unicode-class replace defines it; --state fingerprints hash it, so it must never drift.
  const byRegex = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it.each([
    ['  “Kami SIAP,” ujar—nya… ', 'kami siap ujar nya'],
    ['ﬁnal ２０２４ İstanbul', 'final 2024 i stanbul'],
    ['a\u00a0\u00a0b\u200bc d', 'a b c d'],
    ['𝐀𝐁 😀 x\ud800y \udc00', 'ab x y'],
    ['क्षेत्र, नमस्ते', 'क ष त र नमस त'],
    ['...', ''],
    ['', ''],
  ])('%j -> %j', (text, key) => {
    expect(normalizeForComparison(text)).toBe(key);
    expect(byRegex(text)).toBe(key);
  });

  it('is the Unicode-class replace for any text', () => {
    const pieces = fc.constantFrom('a', 'Z', '9', ' ', '  ', ',', '\n', '\u00a0', 'é', 'e\u0301', 'ß', 'ﬁ', '’', '—', '\u200b', '\ud835\udc00', '😀', '\ud800', '\udc00', 'क्', '٣', 'Ⅻ');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(normalizeForComparison(text)).toBe(byRegex(text));
    }), { numRuns: 2000 });
  });
});

describe('clean() of a page whose only title is a control character', () => {
  it('cleans its own text output again without calling it binary', () => {
    const article = clean('<html><head><meta property="og:title" content="\u0001"></head><body></body></html>');
    expect(article.title ?? '').not.toMatch(/[\u0000-\u001f]/);
  });
});
