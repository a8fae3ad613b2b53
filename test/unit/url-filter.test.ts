import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostListFilter, loadUrlFilter, urlFilter } from '../../src/input/url-filter.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();
const URLS = [
  'https://www.detik.com/berita/1',
  'https://detik.com/',
  'https://notdetik.com/x',
  'https://news.kompas.id/baca/2',
  'http://kompas.com/read/3',
  'https://id.wikipedia.org/wiki/Berita',
  'urn:pageinfo:https://detik.com/',
  'not a url',
];
const kept = (filter: (url: string) => boolean): string[] => URLS.filter(filter);

describe('--url-filter', () => {
  it('takes a host-like value as a suffix at a label boundary: the host and its subdomains', () => {
    expect(kept(urlFilter('detik.com'))).toEqual(['https://www.detik.com/berita/1', 'https://detik.com/']);
    expect(kept(urlFilter('.id'))).toEqual(['https://news.kompas.id/baca/2']);
    expect(kept(urlFilter('id'))).toEqual(['https://news.kompas.id/baca/2']);
    expect(kept(urlFilter('DETIK.COM.'))).toEqual(['https://www.detik.com/berita/1', 'https://detik.com/']);
  });

  it('tests anything else as a regular expression against the host, not the whole URL', () => {
    expect(kept(urlFilter('\\.id$'))).toEqual(['https://news.kompas.id/baca/2']);
    expect(kept(urlFilter('^(www\\.)?detik\\.com$'))).toEqual(['https://www.detik.com/berita/1', 'https://detik.com/']);
    expect(kept(urlFilter('^id\\.'))).toEqual(['https://id.wikipedia.org/wiki/Berita']);
    expect(kept(urlFilter('berita'))).toEqual([]);
  });

  it('refuses a bad regular expression as a usage error in one line', () => {
    expect(() => urlFilter('(\\.id$')).toThrow(expect.objectContaining({ code: 'E_USAGE', message: expect.stringMatching(/^--url-filter: not a host and not a valid regular expression: [^\n]+$/) }));
  });

  it('reads a host list: one host per line, # comments, blank lines and *. prefixes allowed', () => {
    const filter = hostListFilter('# Indonesian news\n\ndetik.com\n  *.kompas.id  # the daily\nKOMPAS.com\n');
    expect(kept(filter)).toEqual(['https://www.detik.com/berita/1', 'https://detik.com/', 'https://news.kompas.id/baca/2', 'http://kompas.com/read/3']);
    expect(kept(hostListFilter('# nothing\n'))).toEqual([]);
  });

  it('takes a value naming a file as a host list, whatever it looks like', async () => {
    const list = join(tempDir(), 'hosts.txt');
    writeFileSync(list, 'kompas.com\n');
    expect(kept(await loadUrlFilter(list))).toEqual(['http://kompas.com/read/3']);
    expect(kept(await loadUrlFilter('kompas.com'))).toEqual(['http://kompas.com/read/3']);
  });
});
