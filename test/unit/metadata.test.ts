import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { cleanName } from '../../src/metadata/byline.js';
import { detectLanguage, languageFromTag, readByline } from '../../src/metadata/index.js';
import { pageUrl } from '../../src/metadata/site.js';
import { parse } from '../../src/parse/index.js';
import type { HtmlPage } from '../../src/record.js';

describe('metadata from an HTML page', () => {
  const ld = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harga Beras Naik Lagi',
    datePublished: '2024-06-18T07:05:00+07:00', author: [{ '@type': 'Person', name: 'Fulan Fulani' }],
    publisher: { '@type': 'Organization', name: 'Contoh News' },
  };
  const html = `<html lang="id-ID"><head><title>Harga Beras Naik Lagi - Contoh News</title>
    <link rel="canonical" href="https://www.contoh.co.id/read/2024/06/18/harga-beras">
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
    <body><article><p>JAKARTA - Harga beras naik lagi di pasar tradisional pada Selasa pagi, kata pedagang.</p></article></body></html>`;

  it('fills url, author, published, site and language', () => {
    const article = clean(html);
    expect(article).toMatchObject({
      url: 'https://www.contoh.co.id/read/2024/06/18/harga-beras',
      author: 'Fulan Fulani',
      published: '2024-06-18T07:05:00+07:00',
      site: 'Contoh News',
      language: 'id',
      title: 'Harga Beras Naik Lagi',
    });
  });

  it('falls back to meta tags and the host name', () => {
    const article = clean(`<html><head><meta property="og:url" content="https://www.contoh.id/a">
      <meta name="author" content="https://facebook.com/contoh"><meta name="author" content="Ani">
      <meta property="article:published_time" content="2024-06-18T09:30:00+0800"></head>
      <body><p>Isi berita yang cukup panjang untuk dihitung sebagai paragraf.</p></body></html>`);
    expect(article.url).toBe('https://www.contoh.id/a');
    expect(article.site).toBe('contoh.id');
    expect(article.published).toBe('2024-06-18T09:30:00+08:00');
  });
});

describe('language', () => {
  it('reads the primary subtag of lang, mapping the old "in" to "id"', () => {
    expect(languageFromTag('id-ID')).toBe('id');
    expect(languageFromTag('in')).toBe('id');
    expect(languageFromTag('EN_us')).toBe('en');
    expect(languageFromTag('')).toBeNull();
  });
  it('tells Indonesian from English by function words, and says nothing when unsure', () => {
    expect(detectLanguage('Menurut dia, harga beras yang naik di pasar itu akan turun dalam waktu dekat karena pasokan dari daerah.')).toBe('id');
    expect(detectLanguage('The minister said that the price of rice in the market was expected to fall as supply from the regions is restored.')).toBe('en');
    expect(detectLanguage('Jakarta 2024')).toBeNull();
  });
  it('counts only whole stopwords, whatever letters (accented, beyond the BMP) surround them', () => {
    expect(detectLanguage('YANG dan, di; ke: dari!')).toBe('id');
    expect(detectLanguage('danè yangé dié keé dariè itù')).toBeNull();
    expect(detectLanguage('𝒜yang dan𝒜 di𝒜 𝒜ke 𝒜dari')).toBeNull();
    expect(detectLanguage('yang 𝒜 dan 𝒜 di 𝒜 ke 𝒜 dari')).toBe('id');
  });
});

describe('publication times shown on the page', () => {
  const page = (dateLine: string, head = ''): string => `<html lang="id"><head>${head}</head><body><h1>Harga Beras Naik Lagi di Pasar</h1>
    <div class="date">${dateLine}</div><article><p>JAKARTA - Harga beras naik lagi di pasar tradisional pada Selasa (18/6/2024) pagi, kata pedagang.</p></article></body></html>`;

  it.each([
    ['Selasa, 18 Jun 2024 07:05 WIB', '2024-06-18T07:05:00+07:00'],
    ['Kamis 20 Juni 2024, 08:15 WITA', '2024-06-20T08:15:00+08:00'],
    ['Diterbitkan 18 Juni 2024, 09:00 WIB Diperbarui 19 Juni 2024, 14:02 WIB', '2024-06-18T09:00:00+07:00'],
    ['Diperbarui 19 Juni 2024, 14:02 WIB | Diterbitkan 18 Juni 2024, 09:00 WIB', '2024-06-18T09:00:00+07:00'],
  ])('%j -> %s', (line, expected) => {
    expect(clean(page(line)).published).toBe(expected);
  });

  it('never takes an in-body dateline like "Selasa (18/6/2024)" for the publication date', () => {
    expect(clean(page('')).published).toBeNull();
  });

  it('takes the seconds of metadata that agrees to the minute, fixing a Jakarta time labelled UTC', () => {
    const head = '<meta property="article:published_time" content="2024-06-18T07:05:42Z">';
    expect(clean(page('Selasa, 18 Jun 2024 07:05 WIB', head)).published).toBe('2024-06-18T07:05:42+07:00');
  });

  it('shows metadata in UTC at the site offset when the page shows no date', () => {
    const head = '<meta property="article:published_time" content="2024-06-18T00:05:42Z">';
    expect(clean(page('', head)).published).toBe('2024-06-18T07:05:42+07:00');
  });

  it('keeps only the update as modified when the page shows nothing else', () => {
    const head = '<meta property="article:published_time" content="2024-06-18T13:30:00+07:00">';
    expect(clean(page('Diperbarui: Senin, 17 Juni 2024 16:48', head)).published).toBe('2024-06-18T13:30:00+07:00');
  });
});

describe('bylines of hostile length', () => {
  it('read a 50,000-character run of spaces, commas or dashes in linear time, names still found', () => {
    // A hang check with the per-document budget, not a speed test: the byline patterns backtracked
    // over every space of a long run (seconds for one credit).
    const started = Date.now();
    for (const [run, name] of [[' '.repeat(50_000), 'x'], ['\t'.repeat(50_000), 'x'], [',a'.repeat(25_000), null], [', -'.repeat(20_000), 'x']] as const) {
      readByline(`Penulis: Fulan Fulani${run}x`);
      expect(cleanName(`${run}x`)).toBe(name);
    }
    expect(readByline(`Penulis: Fulan Fulani | Editor: Budi${' '.repeat(50_000)}`)).toEqual({ author: 'Fulan Fulani', editor: 'Budi' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("the page's own URL", () => {
  const pageWith = (head: string): HtmlPage => {
    const parsed = parse('x.html', { bytes: Buffer.from(`<html><head>${head}</head><body><p>x</p></body></html>`) }, 'html').parsed;
    if (parsed.type !== 'html') throw new Error('not parsed as HTML');
    return parsed.page;
  };

  it('resolves a relative canonical link against the address the page came from, and drops the fragment', () => {
    expect(pageUrl(pageWith('<link rel="canonical" href="/berita/123#komentar">'), 'https://www.tirto.id/a/b')).toBe('https://www.tirto.id/berita/123');
    expect(pageUrl(pageWith('<link rel="canonical" href="https://tirto.id/c">'), null)).toBe('https://tirto.id/c');
  });

  it('passes over what is no http(s) URL, and a relative one when the address is unknown', () => {
    expect(pageUrl(pageWith('<link rel="canonical" href="/berita/123"><meta property="og:url" content="https://tirto.id/og">'), null)).toBe('https://tirto.id/og');
    expect(pageUrl(pageWith('<link rel="canonical" href="javascript:void(0)">'), 'https://tirto.id/a')).toBeNull();
  });
});
