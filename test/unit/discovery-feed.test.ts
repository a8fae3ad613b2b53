import { describe, expect, it } from 'vitest';
import { findFeedLinks, parseFeed } from '../../src/discovery/index.js';
import { KlipingError } from '../../src/errors.js';

const FEED_URL = 'https://berita.example.id/rss/nasional';

describe('parseFeed: RSS 2.0', () => {
  it('reads item links (CDATA, entities, relative) with their RFC 822 pubDate, offsets kept', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Berita Nasional</title>
          <link>https://berita.example.id/</link>
          <atom:link href="https://berita.example.id/rss/nasional" rel="self" type="application/rss+xml"/>
          <item>
            <title><![CDATA[Banjir & <b>Macet</b>]]></title>
            <link>
              <![CDATA[https://berita.example.id/nasional/1/banjir?a=1&b=2]]>
            </link>
            <pubDate>Tue, 18 Jun 2024 07:05:00 +0700</pubDate>
          </item>
          <item>
            <link>https://berita.example.id/nasional/2/rupiah?p=2&#038;q=3</link>
            <pubDate>Tue, 18 Jun 2024 00:30:00 GMT</pubDate>
          </item>
          <item><link>/nasional/3/relatif</link><dc:date>2024-06-17T20:00:00+07:00</dc:date></item>
          <item><link>javascript:void(0)</link></item>
        </channel>
      </rss>`;
    expect(parseFeed(xml, FEED_URL)).toEqual([
      { url: 'https://berita.example.id/nasional/1/banjir?a=1&b=2', published: '2024-06-18T07:05:00+07:00' },
      { url: 'https://berita.example.id/nasional/2/rupiah?p=2&q=3', published: '2024-06-18T00:30:00+00:00' },
      { url: 'https://berita.example.id/nasional/3/relatif', published: '2024-06-17T20:00:00+07:00' },
    ]);
  });

  it('falls back to a permalink guid, but not to one marked isPermaLink="false"', () => {
    const xml = `<rss><channel>
        <item><guid>https://berita.example.id/guid/1</guid></item>
        <item><guid isPermaLink="true">https://berita.example.id/guid/2</guid></item>
        <item><guid isPermaLink="false">tag:berita.example.id,2024:3</guid></item>
      </channel></rss>`;
    expect(parseFeed(xml, FEED_URL).map((entry) => entry.url)).toEqual(['https://berita.example.id/guid/1', 'https://berita.example.id/guid/2']);
  });

  it('reads a channel with a single item and no date', () => {
    expect(parseFeed('<rss><channel><item><link>https://a.example.id/1</link></item></channel></rss>', FEED_URL)).toEqual([{ url: 'https://a.example.id/1', published: null }]);
  });
});

describe('parseFeed: Atom', () => {
  it('takes the alternate link among several (self, edit, enclosure), published before updated, relative hrefs resolved', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Berita</title>
        <link rel="self" href="https://berita.example.id/atom.xml"/>
        <entry>
          <title>Satu</title>
          <link rel="edit" href="https://berita.example.id/api/1"/>
          <link rel="enclosure" type="image/jpeg" href="https://cdn.example.id/1.jpg"/>
          <link rel="alternate" type="text/html" href="https://berita.example.id/berita/1?x=1&amp;y=2"/>
          <published>2024-06-18T07:05:00+07:00</published>
          <updated>2024-06-18T09:00:00+07:00</updated>
        </entry>
        <entry>
          <link href="/berita/2"/>
          <updated>2024-06-18T02:00:00Z</updated>
        </entry>
        <entry><link rel="self" href="https://berita.example.id/api/3"/></entry>
      </feed>`;
    expect(parseFeed(xml, 'https://berita.example.id/atom.xml')).toEqual([
      { url: 'https://berita.example.id/berita/1?x=1&y=2', published: '2024-06-18T07:05:00+07:00' },
      { url: 'https://berita.example.id/berita/2', published: '2024-06-18T02:00:00+00:00' },
    ]);
  });
});

describe('parseFeed refuses what is not a feed', () => {
  it.each([
    ['a sitemap', '<urlset><url><loc>https://a.example.id/1</loc></url></urlset>', /^not a feed: found a sitemap$/],
    ['a sitemap index', '<sitemapindex><sitemap><loc>https://a.example.id/s.xml</loc></sitemap></sitemapindex>', /^not a feed: found a sitemap index$/],
    ['an HTML page', '<html><head><title>x</title></head><body></body></html>', /^not a feed: found an HTML page$/],
    ['another kind of XML', '<opml version="2.0"><body/></opml>', /^not a feed: found XML whose root is <opml>$/],
  ])('%s: an error naming the URL and what was found', (_label, text, message) => {
    const failure = (() => {
      try {
        parseFeed(text, FEED_URL);
      } catch (error) {
        return error as KlipingError;
      }
      return null;
    })();
    expect(failure).toBeInstanceOf(KlipingError);
    expect(failure!.message).toMatch(message);
    expect(failure!.input).toBe(FEED_URL);
  });
});

describe('findFeedLinks', () => {
  it('lists the RSS and Atom alternates of a page in order, resolved against <base href>, each once', () => {
    const html = `<!doctype html><html lang="id"><head>
        <base href="https://berita.example.id/id/">
        <link rel="stylesheet" href="/style.css">
        <link rel="alternate" hreflang="en" href="https://berita.example.id/en/">
        <link rel="alternate" type="application/rss+xml" title="Terbaru" href="rss/terbaru">
        <link rel="ALTERNATE" type="Application/Atom+XML; charset=utf-8" href="https://berita.example.id/atom.xml">
        <link rel="alternate" type="application/rss+xml" href="rss/terbaru">
        <link rel="alternate" type="application/json" href="/feed.json">
        <link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
      </head><body><p>Beranda</p></body></html>`;
    expect(findFeedLinks(html, 'https://berita.example.id/')).toEqual(['https://berita.example.id/id/rss/terbaru', 'https://berita.example.id/atom.xml']);
  });

  it('finds the feeds of an XHTML page, which parses as XML', () => {
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Lama</title>
      <link rel="alternate" type="application/rss+xml" href="/rss.xml" /></head><body><p>Situs lama</p></body></html>`;
    expect(() => parseFeed(xhtml, FEED_URL)).toThrow('not a feed: found an HTML page');
    expect(findFeedLinks(xhtml, 'https://lama.example.id/')).toEqual(['https://lama.example.id/rss.xml']);
  });

  it('resolves against the page URL without <base>, and finds nothing on a page that announces no feed', () => {
    expect(findFeedLinks('<link rel="alternate" type="application/rss+xml" href="feed">', 'https://a.example.id/kanal/')).toEqual(['https://a.example.id/kanal/feed']);
    expect(findFeedLinks('<html><head><title>Tanpa feed</title></head></html>', 'https://a.example.id/')).toEqual([]);
  });
});
