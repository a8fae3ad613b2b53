import { isAbsolute, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputNames } from '../../src/output/names.js';

const OUT = resolve('/srv/out');
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** True when `name`, joined to the output folder, stays inside it. */
function staysInside(name: string): boolean {
  const path = relative(OUT, resolve(OUT, name));
  return path !== '' && !isAbsolute(path) && path.split(/[/\\]/)[0] !== '..';
}

describe('output names: never outside --output-dir, valid on every file system', () => {
  it.each([
    ['../../etc/passwd', 'etc/passwd.txt'],
    ['/etc/cron.d/job', 'etc/cron.d/job.txt'],
    ['news.id/a/../../../../x', 'news.id/a/x.txt'],
    ['..\\..\\windows\\system32\\evil', 'windows/system32/evil.txt'],
    ['news.id/%2e%2e%2f%2e%2e%2fetc', 'news.id/%2e%2e%2f%2e%2e%2fetc.txt'],
    ['C:\\Users\\x', 'C_/Users/x.txt'],
    ['a\0b/c\x01\x1b[2Jd.html', 'a_b/c__[2Jd.txt'],
    ['news.id/what?<is>|"this"*', 'news.id/what__is___this__.txt'],
    ['CON', '_CON.txt'],
    ['saved/nul.txt', 'saved/_nul.txt'],
    ['saved/Com1.html', 'saved/_Com1.txt'],
    ['lpt9/page.html', '_lpt9/page.txt'],
    ['console.html', 'console.txt'],
    ['trailing. . /dots...', 'trailing/dots.txt'],
    ['..', 'document.txt'],
    ['', 'document.txt'],
    ['./.html', 'document.txt'],
  ])('%j -> %j', (input, expected) => {
    const name = new OutputNames('text').claim(input);
    expect(name).toBe(expected);
    expect(staysInside(name)).toBe(true);
  });

  it('caps every name at 255 bytes of UTF-8, extension and numbering included, without splitting a character', () => {
    const names = new OutputNames('jsonl');
    const long = `berita-${'é'.repeat(300)}`;
    const first = names.claim(`news.id/${'ж'.repeat(200)}/${long}.html`);
    const second = names.claim(`news.id/${'ж'.repeat(200)}/${long}.html`);
    for (const name of [first, second]) {
      for (const part of name.split('/')) expect(bytes(part)).toBeLessThanOrEqual(255);
      expect(name).not.toContain('\ufffd');
    }
    expect(first).toMatch(/é\.jsonl$/);
    expect(second).toMatch(/é-2\.jsonl$/);
    expect(bytes(first.split('/')[2]!)).toBeGreaterThan(250);
    expect(first).not.toBe(second);
  });

  it('numbers names that differ only by case or Unicode normalisation, since some file systems hold them as one', () => {
    const names = new OutputNames('text');
    expect(['Berita/A.html', 'berita/a.txt', 'BERITA/a.htm', 'caf\u00e9', 'cafe\u0301'].map((path) => names.claim(path))).toEqual([
      'Berita/A.txt', 'berita/a-2.txt', 'BERITA/a-3.txt', 'caf\u00e9.txt', 'cafe\u0301-2.txt',
    ]);
  });

  it('gives inputs that clean to the same name distinct numbered names', () => {
    const names = new OutputNames('json');
    expect(['b', '/b', '../b', 'b.html', 'b.txt.gz'].map((path) => names.claim(path))).toEqual(['b.json', 'b-2.json', 'b-3.json', 'b-4.json', 'b-5.json']);
  });
});
