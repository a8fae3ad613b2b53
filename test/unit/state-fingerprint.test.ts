import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintText, STATE_NEAR_DUP_MIN_WORDS } from '../../src/state/index.js';
import { normalizeForComparison } from '../../src/text.js';

const STORY =
  'Pemerintah Kabupaten Pegunungan Bintang menyiapkan subsidi ongkos angkut barang melalui program jembatan udara ' +
  'agar harga beras, minyak goreng, dan semen di distrik-distrik terpencil lebih terjangkau. Penjabat Bupati ' +
  'berharap keberadaan bandara baru dapat menekan harga bahan pokok yang selama ini dikirim melalui penerbangan ' +
  'carter dengan biaya tinggi, sehingga warga tidak lagi harus berjalan kaki hingga dua hari.';

describe('fingerprintText', () => {
  it('hashes the normalised text: case, punctuation, spacing and full-width forms do not count', () => {
    const restyled = `  ${STORY.toUpperCase().replaceAll(',', ' —').replace('PEGUNUNGAN', 'ＰＥＧＵＮＵＮＧＡＮ')}\n`;
    expect(fingerprintText(restyled)).toEqual(fingerprintText(STORY));
  });

  it('gives the SHA-256 of the normalised text as the content hash', () => {
    const expected = createHash('sha256').update(normalizeForComparison(STORY)).digest('hex');
    expect(fingerprintText(STORY).contentHash).toBe(expected);
  });

  it(`leaves the fingerprint empty under ${STATE_NEAR_DUP_MIN_WORDS} words: short texts only match exactly`, () => {
    const words = (count: number): string => Array.from({ length: count }, (_, i) => `kata${i}`).join(' ');
    expect(fingerprintText(words(STATE_NEAR_DUP_MIN_WORDS - 1)).fingerprint).toBe('');
    expect(fingerprintText(words(STATE_NEAR_DUP_MIN_WORDS)).fingerprint).toMatch(/^[0-9a-f]{512}$/);
    expect(fingerprintText('').contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes a few hashes, not all, when a word changes', () => {
    const values = (text: string): string[] => fingerprintText(text).fingerprint.match(/.{4}/g)!;
    const before = values(STORY);
    const after = values(STORY.replace('semen', 'gula'));
    const same = before.filter((value, i) => value === after[i]).length;
    expect(same).toBeGreaterThan(before.length / 2);
    expect(same).toBeLessThan(before.length);
  });

  // Stores keep fingerprints across kliping versions: a change here needs a schema migration.
  it('keeps the fingerprint format that stored fingerprints were made with', () => {
    const { fingerprint, contentHash } = fingerprintText(STORY);
    expect(contentHash).toBe('42366145f27a79d77c65b443eee07276463f030d442b15ac6f5d82f328443285');
    expect(fingerprint.slice(0, 32)).toBe('72018028074ed7b9ae19e9c3ce8ef9b6');
    expect(fingerprint).toHaveLength(512);
  });
});
