import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { findFeedLinks } from '../../src/discovery/feed-links.js';
import { InputTooDeepError } from '../../src/errors.js';
import { pageLinks } from '../../src/fetch/pagination.js';
import { chooseEncoding, decodeBytes, decodeChunks } from '../../src/parse/decode.js';
import { parse } from '../../src/parse/index.js';
import { textContent } from '../../src/parse/walk.js';
import { checkBytes, sniffType } from '../../src/parse/sniff.js';
import { parseHtml, parseJsonLd } from '../../src/parse/html.js';
import { clean } from '../../src/index.js';
import { DECODE_CHUNK_BYTES, JSON_LD_MAX_DEPTH, MAX_DOM_DEPTH } from '../../src/settings.js';

// cheerio's load() as itself, counted: no stage may call it per page.
vi.mock('cheerio/slim', async (importOriginal) => {
  const original = await importOriginal<typeof import('cheerio/slim')>();
  return { ...original, load: vi.fn(original.load) };
});

describe('decoding bytes', () => {
  const cafe = 'Kafé “Bintang” di Müller';
  it('follows a UTF-8 BOM and strips it', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cafe)]))).toBe(cafe);
  });
  it('follows a UTF-16LE BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cafe, 'utf16le')]);
    expect(decodeBytes(bytes)).toBe(cafe);
  });
  it('follows <meta charset> when there is no BOM', () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body>Kaf'),
      Buffer.from([0xe9, 0x20, 0x93, 0x42, 0x94]),
      Buffer.from('</body></html>'),
    ]);
    expect(chooseEncoding(html)).toBe('windows-1252');
    expect(decodeBytes(html)).toContain('Kafé “B”');
  });
  it('follows the http-equiv form of the declaration', () => {
    const html = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>x</p>');
    expect(chooseEncoding(html)).toBe('windows-1252');
  });
  it('reads undeclared bytes as UTF-8 when they are valid UTF-8', () => {
    expect(chooseEncoding(Buffer.from(`<p>${cafe}</p>`))).toBe('UTF-8');
    expect(decodeBytes(Buffer.from(cafe))).toBe(cafe);
  });
  it('replaces unpaired surrogates of UTF-16 input with U+FFFD, keeping pairs', () => {
    const text = 'a\ud800b\udfffc\ud83d\ude00';
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('a\ufffdb\ufffdc\ud83d\ude00');
  });
  it('reads no <meta charset> quoted in text read as text: cleaning such text output again garbled it', () => {
    const text = Buffer.from('Kutipan <meta charset="shift_jis"> di “sini” ya.');
    expect(decodeBytes(text, null, false)).toBe('Kutipan <meta charset="shift_jis"> di “sini” ya.');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abc', 'utf16le')]), null, false)).toBe('abc');
    expect(clean(text, { type: 'text' }).paragraphs).toEqual(['Kutipan <meta charset="shift_jis"> di “sini” ya.']);
  });
  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(decodeBytes(Buffer.from([0x4b, 0x61, 0x66, 0xe9]))).toBe('Kafé');
  });
  it('keeps a declared UTF-8, or a server\'s charset, even for bytes that are not UTF-8: only the undeclared fall back', () => {
    const bytes = (head: string) => Buffer.concat([Buffer.from(`${head}<p>Kaf`), Buffer.from([0xe9]), Buffer.from('</p>')]);
    expect(decodeBytes(bytes('<meta charset="utf-8">'))).toContain('Kaf\ufffd</p>');
    expect(decodeBytes(bytes(''), 'utf-8')).toContain('Kaf\ufffd</p>');
    expect(decodeBytes(bytes(''), 'iso-8859-1')).toContain('Kafé</p>');
    expect(decodeBytes(bytes(''))).toContain('Kafé</p>');
  });
});

describe('decoding bytes in pieces', () => {
  const bytesOf = (text: string) => Buffer.from(text);
  it('gives the text decodeBytes gives, joined, with characters cut between pieces read whole', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '<', 'é', '“', '😀', '\u0800', '\n'), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 9 }), (page, chunkBytes) => {
        expect(decodeChunks(bytesOf(page), null, true, chunkBytes).join('')).toBe(decodeBytes(bytesOf(page)));
      }),
    );
  });
  it('falls back to windows-1252 for the whole page when bytes past the first piece are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('é'.repeat(40)), Buffer.from([0x93, 0x42, 0x94])]);
    expect(decodeChunks(bytes, null, true, 16).join('')).toBe('Ã©'.repeat(40) + '“B”');
  });
  it('keeps every piece of a large page out of V8\'s large-object space (over 128 KiB)', () => {
    const chunks = decodeChunks(Buffer.from('<p>Kafé “Bintang” 😀</p>\n'.repeat(20_000)));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk.length * 2).toBeLessThanOrEqual(128 * 1024);
    expect(DECODE_CHUNK_BYTES * 2).toBeLessThanOrEqual(128 * 1024);
  });
  it('parses a page of many pieces into the DOM of the page parsed whole', () => {
    const html = `<html><head><title>Judul “Kafé”</title></head><body>${'<p class="isi">Kafé “Bintang” di Müller 😀 &amp; teman</p>'.repeat(3000)}</body></html>`;
    const record = parse('big.html', { bytes: Buffer.from(html) }, 'auto');
    if (record.parsed.type !== 'html') throw new Error('not parsed as HTML');
    const { page } = record.parsed;
    const whole = parseHtml(html);
    expect(page.documentTitle).toBe('Judul “Kafé”');
    expect(page.elements.length).toBe(whole.elements.length);
    expect(textContent(page.$.root()[0]!)).toBe(textContent(whole.$.root()[0]!));
  });
});

describe('HTML or text', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['\n  <!-- saved --> <html lang="id">', 'html'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['<div class="berita"><p>Satu</p><p>Dua</p><p>Tiga</p></div>', 'html'],
    ['Judul Berita\nJAKARTA - Isi berita pertama.\nIsi kedua.', 'text'],
    ['Harga naik 5 persen <sic> kata dia, angka < 10 dan > 2.', 'text'],
  ])('%j is %s', (source, type) => {
    expect(sniffType(source)).toBe(type);
  });
});

describe('refusing inputs that are not pages', () => {
  it('refuses empty input', () => {
    expect(() => checkBytes(Buffer.alloc(0), 'a.txt')).toThrow(expect.objectContaining({ code: 'E_INPUT_EMPTY' }));
  });
  it('refuses NUL bytes and control-character soup', () => {
    expect(() => checkBytes(Buffer.from('PK\u0003\u0004\u0000\u0000'), 'a.html')).toThrow(expect.objectContaining({ code: 'E_INPUT_BINARY' }));
    expect(() => checkBytes(Buffer.from('\u0001\u0002\u0003\u0004abc'), 'a.html')).toThrow(expect.objectContaining({ code: 'E_INPUT_BINARY' }));
  });
  it('reads only the first 8 KB for binary data, and counts tabs, line and form feeds and ESC as text', () => {
    const text = Buffer.from('Berita\t\r\n\f\u001b'.repeat(2000));
    expect(() => checkBytes(Buffer.concat([text.subarray(0, 8192), Buffer.from([0])]), 'a.txt')).not.toThrow();
    expect(() => checkBytes(Buffer.concat([text.subarray(0, 8191), Buffer.from([0])]), 'a.txt')).toThrow(expect.objectContaining({ code: 'E_INPUT_BINARY' }));
  });
  it('refuses more than one control character in ten, not one in ten', () => {
    const sample = (controls: number) => Buffer.concat([Buffer.alloc(controls, 1), Buffer.alloc(100 - controls, 0x61)]);
    expect(() => checkBytes(sample(10), 'a.txt')).not.toThrow();
    expect(() => checkBytes(sample(11), 'a.txt')).toThrow(expect.objectContaining({ code: 'E_INPUT_BINARY' }));
  });
  it('accepts UTF-16 text with its NUL bytes', () => {
    expect(() => checkBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Berita', 'utf16le')]), 'a.txt')).not.toThrow();
  });
});

describe('reading a page head', () => {
  const page = parseHtml(`<!doctype html><html lang="id-ID"><head>
    <title> Judul &amp; Berita - Contoh.com </title>
    <meta property="og:title" content="Judul &amp; Berita">
    <meta name="author" content="Fulan">
    <link rel="canonical" href="https://contoh.com/berita/1">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Contoh"},{"@type":"NewsArticle","headline":"Judul"}]}</script>
    <script type="application/ld+json">{ broken json </script>
    </head><body><p>Isi &eacute; &#233; &#xE9;</p></body></html>`);

  it('collects meta tags, canonical link, language and document title with entities decoded', () => {
    expect(page.meta.get('og:title')).toEqual(['Judul & Berita']);
    expect(page.meta.get('author')).toEqual(['Fulan']);
    expect(page.canonical).toBe('https://contoh.com/berita/1');
    expect(page.lang).toBe('id-ID');
    expect(page.documentTitle).toBe('Judul & Berita - Contoh.com');
    expect(page.$('p').text()).toBe('Isi é é é');
  });

  it('flattens JSON-LD @graph and skips broken JSON-LD', () => {
    expect(page.jsonLd.map((object) => object['@type'])).toEqual([undefined, 'WebSite', 'NewsArticle']);
    expect(parseJsonLd('<!--{"@type":"Article"}-->')).toEqual([{ '@type': 'Article' }]);
    expect(parseJsonLd('not json')).toEqual([]);
  });

  it(`ignores JSON-LD nested deeper than ${JSON_LD_MAX_DEPTH} levels, which overflowed the stack at 100,000`, () => {
    const nested = (levels: number): string => `{"@type":"NewsArticle","headline":${'['.repeat(levels - 1)}"Judul"${']'.repeat(levels - 1)}}`;
    expect(parseJsonLd(nested(JSON_LD_MAX_DEPTH))).toHaveLength(1);
    expect(parseJsonLd(nested(JSON_LD_MAX_DEPTH + 1))).toEqual([]);
    const story = '<p>JAKARTA - Isi berita yang cukup panjang untuk menjadi paragraf cerita, dengan koma.</p>';
    for (const block of [nested(100_000), `${'{"@graph":'.repeat(100_000)}{}${'}'.repeat(100_000)}`]) {
      const article = clean(`<html><head><script type="application/ld+json">${block}</script></head><body><article>${story}</article></body></html>`);
      expect(article.paragraphs).toHaveLength(1);
    }
  });

  it('reads a JSON-LD block of 200,000 objects (spreading them overflowed the stack)', () => {
    const block = `[${'{},'.repeat(200_000)}{"@type":"NewsArticle","headline":"Judul Dari Data Terstruktur"}]`;
    expect(parseHtml(`<html><head><script type="application/ld+json">${block}</script></head></html>`).jsonLd).toHaveLength(200_001);
  });

  it('survives malformed markup: unclosed tags and stray closers', () => {
    const broken = parseHtml('<div><p>Satu<p>Dua</div></span><p>Tiga');
    expect(broken.$('p').toArray().map((p) => broken.$(p).text())).toEqual(['Satu', 'Dua', 'Tiga']);
  });
});

describe("a page's cheerio", () => {
  it('selects from its own page, with two pages open at once', () => {
    const first = parseHtml('<html><body><p class="a">satu</p><p>dua</p></body></html>');
    const second = parseHtml('<html><body><p class="a">tiga</p></body></html>');
    expect(first.$('p').length).toBe(2);
    expect(second.$('p').length).toBe(1);
    expect(first.$('p.a').text()).toBe('satu');
    expect(second.$('p.a').text()).toBe('tiga');
    expect(first.$.root()[0]).not.toBe(second.$.root()[0]);
  });

  it('makes no cheerio class per page: every page shares one loader', () => {
    // cheerio's load() defines a class per call, whose shapes kept each page's DOM from dying young.
    const first = parseHtml('<html><body><p>satu</p></body></html>');
    const second = parseHtml('<html><body><p>dua</p></body></html>');
    expect(first.$('p').constructor).toBe(second.$('p').constructor);
    expect(first.$.root().constructor).toBe(second.$('p').constructor);
  });

  it('is the one the fetch and discovery stages look links up with too, under the same DOM limits', async () => {
    const { load } = await import('cheerio/slim');
    vi.mocked(load).mockClear();
    const url = 'https://a.example.id/read/1/judul';
    const page = `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body><a href="${url}?page=2">Selanjutnya</a></body></html>`;
    expect(pageLinks(page, url, 1).next).toBe(`${url}?page=2`);
    expect(findFeedLinks(page, url)).toEqual(['https://a.example.id/rss']);
    parseHtml(page);
    expect(load).not.toHaveBeenCalled();
    const deep = `<html><body>${'<div>'.repeat(MAX_DOM_DEPTH + 10)}</body></html>`;
    for (const lookUp of [() => pageLinks(deep, url, 1), () => findFeedLinks(deep, url)]) {
      expect(lookUp).toThrow(InputTooDeepError);
      expect(lookUp).toThrow(expect.objectContaining({ input: url }));
    }
  });

  it('wraps the nodes it is given and changes its own page only', () => {
    const page = parseHtml('<html><body><div id="x"><p>satu</p><p>dua</p></div></body></html>');
    const other = parseHtml('<html><body><div id="x"><p>satu</p></div></body></html>');
    const [firstParagraph] = page.$('p').toArray();
    expect(page.$(firstParagraph!).text()).toBe('satu');
    page.$(page.$('p').toArray()).remove();
    expect(page.$('#x').html()).toBe('');
    expect(other.$('#x p').length).toBe(1);
    expect(page.$.root()[0]!.type).toBe('root');
    expect(page.$.root().find('#x').length).toBe(1);
  });
});
