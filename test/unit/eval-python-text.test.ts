import { describe, expect, it } from 'vitest';
import { caseFold, codePointLength, fileLines, foldWhitespace, isBlank, wordTokens } from '../../src/eval/python-text.js';

describe('Python str behaviours the scorers rely on', () => {
  it('case-fold fully: ß and ẞ to ss, final ς to σ, dotless ı kept, Cherokee to capitals', () => {
    expect(caseFold('STRAẞE Straße')).toBe('strasse strasse');
    expect(caseFold('ΟΔΟΣ')).toBe('οδοσ');
    expect(caseFold('Iı İ')).toBe('iı i\u0307');
    expect(caseFold('\uab70\u13f8\u13a0')).toBe('\u13a0\u13f0\u13a0');
  });

  it('split whitespace as str.split() does: U+0085 and U+001C are spaces, U+FEFF is not', () => {
    expect(foldWhitespace(' a\u0085b\u001cc\u3000 d\t')).toBe('a b c d');
    expect(foldWhitespace('a\ufeffb')).toBe('a\ufeffb');
    expect(isBlank(' \u00a0\r\n')).toBe(true);
    expect(isBlank('\ufeff')).toBe(false);
  });

  it('read a file\'s lines with universal newlines', () => {
    expect(fileLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('count length in code points', () => {
    expect(codePointLength('😀ab')).toBe(3);
  });

  it('take letters and digits of any script as word characters', () => {
    expect(wordTokens('Rp5.000 (١٢) 東京')).toEqual(['Rp5', '000', '١٢', '東京']);
  });
});
