import { describe, expect, it } from 'vitest';
import { parseSitemap } from '../../src/discovery/index.js';
import { KlipingError } from '../../src/errors.js';

const SITEMAP_URL = 'https://berita.example.id/sitemap.xml';

describe('parseSitemap', () => {
  it('reads a Google News sitemap: publication dates with their offsets, lastmod when there is none', () => {
    const xml = `\uFEFF
      <?xml version="1.0" encoding="UTF-8"?>
      <?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url>
          <loc>
            https://berita.example.id/nasional/1/banjir-jakarta?utm=a&amp;ref=b
          </loc>
          <lastmod>2024-06-18T09:00:00+07:00</lastmod>
          <news:news>
            <news:publication><news:name>Berita</news:name><news:language>id</news:language></news:publication>
            <news:publication_date>2024-06-18T07:05:00+07:00</news:publication_date>
            <news:title>Banjir &amp; Macet di Jakarta</news:title>
          </news:news>
        </url>
        <url>
          <loc><![CDATA[https://berita.example.id/ekonomi/2/rupiah]]></loc>
          <news:news><news:publication_date>2024-06-18T01:00:00Z</news:publication_date></news:news>
        </url>
        <url><loc>https://berita.example.id/olahraga/3/timnas#komentar</loc><lastmod>2024-06-17</lastmod></url>
        <url><loc>https://berita.example.id/tanpa-tanggal</loc></url>
      </urlset>`;
    expect(parseSitemap(xml, SITEMAP_URL)).toEqual({
      kind: 'urlset',
      urls: [
        { url: 'https://berita.example.id/nasional/1/banjir-jakarta?utm=a&ref=b', published: '2024-06-18T07:05:00+07:00' },
        { url: 'https://berita.example.id/ekonomi/2/rupiah', published: '2024-06-18T01:00:00+00:00' },
        { url: 'https://berita.example.id/olahraga/3/timnas', published: '2024-06-17' },
        { url: 'https://berita.example.id/tanpa-tanggal', published: null },
      ],
    });
  });

  it('reads a urlset with a single <url> the same as one with many', () => {
    const xml = '<urlset><url><loc>https://a.example.id/1</loc><lastmod>Tue, 18 Jun 2024 07:05:00 +0700</lastmod></url></urlset>';
    expect(parseSitemap(xml, SITEMAP_URL)).toEqual({ kind: 'urlset', urls: [{ url: 'https://a.example.id/1', published: '2024-06-18T07:05:00+07:00' }] });
  });

  it('keeps only absolute http(s) locations: relative, mailto, ftp and empty ones go', () => {
    const xml = `<urlset>
      <url><loc>/relatif/1</loc></url><url><loc>mailto:redaksi@example.id</loc></url>
      <url><loc>ftp://example.id/file</loc></url><url><loc></loc></url><url><lastmod>2024-06-18</lastmod></url>
      <url><loc>null</loc></url><url><loc>http://a.example.id/ok</loc></url>
    </urlset>`;
    expect(parseSitemap(xml, SITEMAP_URL)).toEqual({ kind: 'urlset', urls: [{ url: 'http://a.example.id/ok', published: null }] });
  });

  it('reads a sitemap index: child sitemaps in listed order, each with its own lastmod', () => {
    const xml = `<?xml version="1.0"?>
      <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://berita.example.id/sitemap-news.xml</loc><lastmod>2024-06-18T10:00:00+07:00</lastmod></sitemap>
        <sitemap><loc>https://berita.example.id/sitemap-2024-06.xml.gz</loc><lastmod>2024-06-01</lastmod></sitemap>
        <sitemap><loc>https://berita.example.id/sitemap-tags.xml</loc></sitemap>
      </sitemapindex>`;
    expect(parseSitemap(xml, SITEMAP_URL)).toEqual({
      kind: 'index',
      sitemaps: [
        { url: 'https://berita.example.id/sitemap-news.xml', lastmod: '2024-06-18T10:00:00+07:00' },
        { url: 'https://berita.example.id/sitemap-2024-06.xml.gz', lastmod: '2024-06-01' },
        { url: 'https://berita.example.id/sitemap-tags.xml', lastmod: null },
      ],
    });
  });

  it('reads an empty urlset as no URLs, not as a failure', () => {
    expect(parseSitemap('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', SITEMAP_URL)).toEqual({ kind: 'urlset', urls: [] });
  });

  it('never expands entities a DOCTYPE declares (billion laughs stays as written)', () => {
    const xml = `<?xml version="1.0"?>
      <!DOCTYPE urlset [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
      <urlset><url><loc>https://a.example.id/&lol2;</loc></url></urlset>`;
    expect(parseSitemap(xml, SITEMAP_URL)).toEqual({ kind: 'urlset', urls: [{ url: 'https://a.example.id/&lol2;', published: null }] });
  });

  it.each([
    ['an RSS feed', '<rss version="2.0"><channel><item><link>https://a.example.id/1</link></item></channel></rss>', /^not a sitemap: found an RSS feed$/],
    ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', /^not a sitemap: found an Atom feed$/],
    ['an HTML page', '<!doctype html><html><head><title>Beranda</title></head><body><p>Halo<br>dunia</body></html>', /^not a sitemap: found an HTML page$/],
    ['another kind of XML', '<?xml version="1.0"?><kml><Document/></kml>', /^not a sitemap: found XML whose root is <kml>$/],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset><url><loc>&x;</loc></url></urlset>', /^not a sitemap: found XML that does not parse \(.*external entit/i],
    ['plain text', 'Service Unavailable', /^not a sitemap: found text that is neither XML nor HTML$/],
    ['an empty body', '  \n ', /^not a sitemap: found an empty body$/],
  ])('refuses %s with an error naming the URL and what was found', (_label, text, message) => {
    let thrown: unknown;
    try {
      parseSitemap(text, SITEMAP_URL);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KlipingError);
    expect((thrown as KlipingError).message).toMatch(message);
    expect((thrown as KlipingError).input).toBe(SITEMAP_URL);
  });
});
