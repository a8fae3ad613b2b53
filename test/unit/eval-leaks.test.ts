import { describe, expect, it } from 'vitest';
import { countLeakedLines, countRepeatedLines, inputLines, isBoilerplateLine, normalizeLine } from '../../src/eval/leaks.js';

const gold = 'JAKARTA - Harga beras naik lagi di pasar tradisional.\nPedagang mengeluhkan sepinya pembeli.';

describe('leaked lines (score.py)', () => {
  const input = ['Beranda', 'JAKARTA - Harga beras naik lagi di pasar tradisional.', 'Pedagang', 'Baca juga: Harga cabai', '  '];

  it('counts output lines that are input lines found in no gold line, compared folded', () => {
    const prediction = `${gold}\nBERANDA\n  beranda `;
    expect(countLeakedLines(prediction, gold, input)).toBe(2);
  });

  it('does not count an input line that is part of a gold line', () => {
    expect(countLeakedLines(`${gold}\nPedagang`, gold, input)).toBe(0);
  });

  it('counts boilerplate lines even without the input, and twice when they are input lines too', () => {
    const prediction = `${gold}\nSCROLL TO CONTINUE WITH CONTENT\n(ant/ary)\nA A A`;
    expect(countLeakedLines(prediction, gold, null)).toBe(3);
    expect(countLeakedLines(`${gold}\nBaca juga: Harga cabai`, gold, input)).toBe(2);
  });

  it('spares a boilerplate-looking line that the gold itself has', () => {
    expect(countLeakedLines('Loading...', 'Loading...', null)).toBe(0);
  });

  it('splits the output at any newline, as Python reads a file', () => {
    expect(countLeakedLines(`Beranda\r\nMemuat...\rBeranda`, gold, input)).toBe(3);
  });

  it('takes the input lines of a text page as they are, of an HTML page as its blocks', () => {
    expect(inputLines('a.txt', Buffer.from('satu\r\ndua'))).toEqual(['satu', 'dua']);
    expect(inputLines('a.html', Buffer.from('<p>satu</p><p>dua</p>'))).toEqual(['satu', 'dua']);
  });
});

describe('the boilerplate pattern', () => {
  it.each(['baca juga: x', 'lihat juga', 'simak video "x"', 'advertisement', '[gambas:video cnn]', '(dhe/nwk)', 'memuat', 'a'])(
    'matches %j',
    (line) => expect(isBoilerplateLine(normalizeLine(line))).toBe(true),
  );

  it('ends words where Python\'s Unicode \\b does, and lets dotless ı stand for i as re.I does', () => {
    expect(isBoilerplateLine('baca jugaé')).toBe(false);
    expect(isBoilerplateLine('baca juga_')).toBe(false);
    expect(isBoilerplateLine('sımak video')).toBe(true);
  });
});

describe('repeated lines (score.py)', () => {
  it('counts extra copies of lines over 20 characters beyond the gold\'s own count', () => {
    const twice = 'Pedagang mengeluhkan sepinya pembeli.';
    expect(countRepeatedLines(`${gold}\n${twice}\n${twice.toUpperCase()}`, gold)).toBe(2);
    expect(countRepeatedLines(`${twice}\n${twice}`, `${twice}\n${twice}`)).toBe(0);
    expect(countRepeatedLines('Foto: Antara\nFoto: Antara', '')).toBe(0);
  });
});
