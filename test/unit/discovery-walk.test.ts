import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { type DiscoveredUrl, type DiscoveryOptions, discoverFeed, discoverSitemap, type FetchListing, listingFetcher } from '../../src/discovery/index.js';
import { ChildSitemapsFailedError, KlipingError } from '../../src/errors.js';
import { defaultFetchOptions, Fetcher } from '../../src/fetch/index.js';
import { html, startServer } from '../helpers/server.js';

const ALL: DiscoveryOptions = { since: null, max: null };
const XML = { 'content-type': 'application/xml; charset=utf-8' };

let fetcher: Fetcher | null = null;
afterEach(async () => {
  await fetcher?.close();
  fetcher = null;
});

/** The real, polite fetch stage (without delays or retries), one per test, closed after it. */
function fetchListing(): FetchListing {
  fetcher ??= new Fetcher({ ...defaultFetchOptions('0.0.0'), delayMs: 0, retries: 0 });
  return listingFetcher(fetcher);
}

/** Everything a walk yields, and what it threw at the end (if anything). */
async function walk(urls: AsyncGenerator<DiscoveredUrl>): Promise<{ urls: DiscoveredUrl[]; error: KlipingError | null }> {
  const yielded: DiscoveredUrl[] = [];
  try {
    for await (const url of urls) yielded.push(url);
  } catch (error) {
    return { urls: yielded, error: error as KlipingError };
  }
  return { urls: yielded, error: null };
}

const urlset = (...entries: string[]): string => `<?xml version="1.0" encoding="UTF-8"?>
  <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries.join('')}</urlset>`;
const newsUrl = (loc: string, date: string): string => `<url><loc>${loc}</loc><news:news><news:publication_date>${date}</news:publication_date></news:news></url>`;
const plainUrl = (loc: string, lastmod?: string): string => `<url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
const sitemapIndex = (...children: [string, string?][]): string =>
  `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${children
    .map(([loc, lastmod]) => `<sitemap><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`)
    .join('')}</sitemapindex>`;

/** A site with a sitemap index: a news sitemap, a gzipped monthly sitemap, and a sitemap unchanged since 2023. */
async function newsSite() {
  let origin = '';
  const server = await startServer({
    '/sitemap.xml': (q, r, u) =>
      html(sitemapIndex([`${origin}/sitemap-news.xml`, '2024-06-18T10:00:00+07:00'], [`${origin}/sitemap-2024-06.xml.gz`, '2024-06-18'], [`${origin}/sitemap-2023-01.xml`, '2023-01-31']), XML)(q, r, u),
    // Served with a UTF-8 BOM, as some CMSs do.
    '/sitemap-news.xml': (q, r, u) =>
      html('\uFEFF' + urlset(newsUrl(`${origin}/berita/3`, '2024-06-18T09:00:00+07:00'), newsUrl(`${origin}/berita/2`, '2024-06-18T01:30:00Z')), XML)(q, r, u),
    '/sitemap-2024-06.xml.gz': (q, r, u) =>
      html(gzipSync(urlset(plainUrl(`${origin}/berita/2`, '2024-06-18'), plainUrl(`${origin}/berita/1`, '2024-06-17'), plainUrl(`${origin}/tentang`))), { 'content-type': 'application/x-gzip' })(q, r, u),
    '/sitemap-2023-01.xml': (q, r, u) => html(urlset(plainUrl(`${origin}/berita/lama`, '2023-01-05')), XML)(q, r, u),
  });
  origin = server.origin;
  return server;
}

describe('discoverSitemap (against a local server)', () => {
  it('walks an index into a news sitemap and a gzipped sitemap: listed order, each URL once, dates as written', async () => {
    const server = await newsSite();
    const { urls, error } = await walk(discoverSitemap(`${server.origin}/sitemap.xml`, fetchListing(), ALL));
    expect(error).toBeNull();
    expect(urls).toEqual([
      { url: `${server.origin}/berita/3`, published: '2024-06-18T09:00:00+07:00' },
      { url: `${server.origin}/berita/2`, published: '2024-06-18T01:30:00+00:00' },
      { url: `${server.origin}/berita/1`, published: '2024-06-17' },
      { url: `${server.origin}/tentang`, published: null },
      { url: `${server.origin}/berita/lama`, published: '2023-01-05' },
    ]);
  });

  it('with since, never fetches a child sitemap unchanged since then, and keeps undated entries', async () => {
    const server = await newsSite();
    const since = new Date('2024-06-18T08:00:00+07:00');
    const { urls, error } = await walk(discoverSitemap(`${server.origin}/sitemap.xml`, fetchListing(), { since, max: null }));
    expect(error).toBeNull();
    // berita/2 was published 08:30 WIB; a date-only 2024-06-17 is a whole day before since; /tentang has no date.
    expect(urls.map((entry) => entry.url)).toEqual([`${server.origin}/berita/3`, `${server.origin}/berita/2`, `${server.origin}/tentang`]);
    expect(server.hits('/sitemap-2024-06.xml.gz')).toHaveLength(1);
    expect(server.hits('/sitemap-2023-01.xml')).toHaveLength(0);
  });

  it('stops at max, across the index, without fetching the remaining child sitemaps', async () => {
    const server = await newsSite();
    const { urls, error } = await walk(discoverSitemap(`${server.origin}/sitemap.xml`, fetchListing(), { since: null, max: 2 }));
    expect(error).toBeNull();
    expect(urls.map((entry) => entry.url)).toEqual([`${server.origin}/berita/3`, `${server.origin}/berita/2`]);
    expect(server.hits('/sitemap-2024-06.xml.gz')).toHaveLength(0);
    expect(server.hits('/sitemap-2023-01.xml')).toHaveLength(0);
  });

  it('yields what the good children list, then throws one error naming every failed child', async () => {
    let origin = '';
    const server = await startServer({
      '/sitemap.xml': (q, r, u) => html(sitemapIndex([`${origin}/a.xml`], [`${origin}/hilang.xml`], [`${origin}/halaman.html`], [`${origin}/rusak.xml.gz`], [`${origin}/b.xml`]), XML)(q, r, u),
      '/a.xml': (q, r, u) => html(urlset(plainUrl(`${origin}/berita/a`)), XML)(q, r, u),
      '/halaman.html': html('<!doctype html><html><head><title>Beranda</title></head><body><p>Bukan sitemap</p></body></html>'),
      '/rusak.xml.gz': html(gzipSync(urlset()).subarray(0, 12), { 'content-type': 'application/x-gzip' }),
      '/b.xml': (q, r, u) => html(urlset(plainUrl(`${origin}/berita/b`)), XML)(q, r, u),
    });
    origin = server.origin;
    const { urls, error } = await walk(discoverSitemap(`${origin}/sitemap.xml`, fetchListing(), ALL));
    expect(urls.map((entry) => entry.url)).toEqual([`${origin}/berita/a`, `${origin}/berita/b`]);
    expect(error).toBeInstanceOf(KlipingError);
    expect(error!.input).toBe(`${origin}/sitemap.xml`);
    expect(error!.message).toMatch(/^3 child sitemap failures \(2 read fine\): /);
    expect(error!.message).toContain(`${origin}/hilang.xml (E_FETCH_HTTP_STATUS: HTTP 404)`);
    expect(error!.message).toContain(`${origin}/halaman.html (`);
    expect(error!.message).toContain('not a sitemap: found an HTML page');
    expect(error).toBeInstanceOf(ChildSitemapsFailedError);
    expect(error!.code).toBe('E_DISCOVERY_CHILDREN_FAILED');
    const failures = (error as ChildSitemapsFailedError).failures;
    expect(failures.map((failure) => failure.input)).toEqual([`${origin}/hilang.xml`, `${origin}/halaman.html`, `${origin}/rusak.xml.gz`]);
    expect(failures.map((failure) => failure.code)).toEqual(['E_FETCH_HTTP_STATUS', 'E_DISCOVERY_NOT_A_LISTING', 'E_INPUT_UNREADABLE']);
    expect(failures[2]!.message).toMatch(/^corrupt gzip data/);
  });

  it('throws at once when the sitemap given fails, or is not a sitemap', async () => {
    const server = await startServer({ '/feed': html('<rss version="2.0"><channel></channel></rss>', { 'content-type': 'application/rss+xml' }) });
    const missing = await walk(discoverSitemap(`${server.origin}/sitemap.xml`, fetchListing(), ALL));
    expect(missing).toMatchObject({ urls: [], error: { code: 'E_FETCH_HTTP_STATUS', input: `${server.origin}/sitemap.xml` } });
    const feed = await walk(discoverSitemap(`${server.origin}/feed`, fetchListing(), ALL));
    expect(feed.error).toMatchObject({ message: 'not a sitemap: found an RSS feed', input: `${server.origin}/feed` });
  });

  it('reads nested indexes at most 3 levels deep, and an index listing itself once', async () => {
    let origin = '';
    const server = await startServer({
      '/nest/*': (q, r, u) => {
        const level = Number(u.pathname.split('/')[2]!.replace('.xml', ''));
        html(sitemapIndex([`${origin}/nest/${level}.xml`], [`${origin}/nest/${level + 1}.xml`]), XML)(q, r, u);
      },
    });
    origin = server.origin;
    const { urls, error } = await walk(discoverSitemap(`${origin}/nest/0.xml`, fetchListing(), ALL));
    expect(urls).toEqual([]);
    expect(error!.message).toContain(`${origin}/nest/3.xml (`);
    expect(error!.message).toContain('sitemap index nested more than 3 levels deep');
    expect(server.log.map((entry) => entry.path).filter((path) => path.startsWith('/nest/'))).toEqual(['/nest/0.xml', '/nest/1.xml', '/nest/2.xml', '/nest/3.xml']);
  });

  it('fetches at most 1000 child sitemaps, and says the rest were not read', async () => {
    let origin = '';
    const server = await startServer({
      '/sitemap.xml': (q, r, u) => html(sitemapIndex(...Array.from({ length: 1002 }, (_, n): [string] => [`${origin}/anak/${n}.xml`])), XML)(q, r, u),
      '/anak/*': (q, r, u) => html(urlset(plainUrl(`${origin}/berita${u.pathname}`)), XML)(q, r, u),
    });
    origin = server.origin;
    const { urls, error } = await walk(discoverSitemap(`${origin}/sitemap.xml`, fetchListing(), ALL));
    expect(urls).toHaveLength(1000);
    expect(error!.message).toMatch(/^1 child sitemap failure \(1000 read fine\): .*more than 1000 child sitemaps: the rest were not read/);
    expect(server.log.filter((entry) => entry.path.startsWith('/anak/'))).toHaveLength(1000);
  }, 30_000);

  it('refuses a max that is not a whole number >= 0, before fetching anything', async () => {
    const neverCalled: FetchListing = () => Promise.reject(new Error('fetched'));
    const { error } = await walk(discoverSitemap('https://a.example.id/sitemap.xml', neverCalled, { since: null, max: -1 }));
    expect(error).toMatchObject({ code: 'E_USAGE', message: 'max must be a whole number >= 0, not -1' });
    expect(await walk(discoverFeed('https://a.example.id/rss', neverCalled, { since: null, max: 0 }))).toEqual({ urls: [], error: null });
  });

  it('refuses a gzip listing that inflates past the sitemap size limit', async () => {
    const server = await startServer({ '/bom.xml.gz': html(gzipSync(Buffer.alloc(51 * 1024 * 1024, ' ')), { 'content-type': 'application/x-gzip' }) });
    const { error } = await walk(discoverSitemap(`${server.origin}/bom.xml.gz`, fetchListing(), ALL));
    expect(error).toMatchObject({ code: 'E_FETCH_TOO_LARGE', input: `${server.origin}/bom.xml.gz` });
  });
});

describe('discoverFeed (against a local server)', () => {
  const rss = (origin: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>Terbaru</title>
    <item><link><![CDATA[${origin}/berita/3]]></link><pubDate>Tue, 18 Jun 2024 09:00:00 +0700</pubDate></item>
    <item><link>/berita/2</link><pubDate>Tue, 18 Jun 2024 01:30:00 GMT</pubDate></item>
    <item><link>${origin}/berita/3#komentar</link><pubDate>Tue, 18 Jun 2024 09:00:00 +0700</pubDate></item>
    <item><link>${origin}/berita/1</link><pubDate>Mon, 17 Jun 2024 20:00:00 +0700</pubDate></item>
    <item><link>${origin}/galeri</link></item>
  </channel></rss>`;

  it('reads an RSS feed in listed order, relative links resolved, each URL once', async () => {
    let origin = '';
    const server = await startServer({ '/rss': (q, r, u) => html(rss(origin), { 'content-type': 'application/rss+xml' })(q, r, u) });
    origin = server.origin;
    const { urls, error } = await walk(discoverFeed(`${origin}/rss`, fetchListing(), ALL));
    expect(error).toBeNull();
    expect(urls).toEqual([
      { url: `${origin}/berita/3`, published: '2024-06-18T09:00:00+07:00' },
      { url: `${origin}/berita/2`, published: '2024-06-18T01:30:00+00:00' },
      { url: `${origin}/berita/1`, published: '2024-06-17T20:00:00+07:00' },
      { url: `${origin}/galeri`, published: null },
    ]);
  });

  it('applies since (undated items kept) and max', async () => {
    let origin = '';
    const server = await startServer({ '/rss': (q, r, u) => html(rss(origin), { 'content-type': 'text/xml' })(q, r, u) });
    origin = server.origin;
    const recent = await walk(discoverFeed(`${origin}/rss`, fetchListing(), { since: new Date('2024-06-18T08:30:00+07:00'), max: null }));
    expect(recent.urls.map((entry) => entry.url)).toEqual([`${origin}/berita/3`, `${origin}/berita/2`, `${origin}/galeri`]);
    const two = await walk(discoverFeed(`${origin}/rss`, fetchListing(), { since: null, max: 2 }));
    expect(two.urls.map((entry) => entry.url)).toEqual([`${origin}/berita/3`, `${origin}/berita/2`]);
  });

  it('reads an Atom feed: the alternate link of each entry, published else updated', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Berita</title>
      <entry><link rel="self" href="/api/1"/><link rel="alternate" type="text/html" href="/berita/1"/><published>2024-06-18T07:05:00+07:00</published><updated>2024-06-18T09:00:00+07:00</updated></entry>
      <entry><link href="/berita/2"/><updated>2024-06-18T08:00:00+07:00</updated></entry>
    </feed>`;
    const server = await startServer({ '/atom.xml': html(atom, { 'content-type': 'application/atom+xml' }) });
    const { urls } = await walk(discoverFeed(`${server.origin}/atom.xml`, fetchListing(), ALL));
    expect(urls).toEqual([
      { url: `${server.origin}/berita/1`, published: '2024-06-18T07:05:00+07:00' },
      { url: `${server.origin}/berita/2`, published: '2024-06-18T08:00:00+07:00' },
    ]);
  });

  it('follows the first feed an HTML page announces, and resolves the feed links against the feed', async () => {
    let origin = '';
    const page = `<!doctype html><html><head><title>Beranda</title>
      <link rel="alternate" type="application/rss+xml" href="/kanal/rss"><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head>
      <body><p>Beranda</p></body></html>`;
    const server = await startServer({
      '/': html(page),
      '/kanal/rss': html('<rss><channel><item><link>berita/9</link></item></channel></rss>', { 'content-type': 'application/rss+xml' }),
    });
    origin = server.origin;
    const { urls, error } = await walk(discoverFeed(`${origin}/`, fetchListing(), ALL));
    expect(error).toBeNull();
    expect(urls).toEqual([{ url: `${origin}/kanal/berita/9`, published: null }]);
    expect(server.hits('/atom.xml')).toHaveLength(0);
  });

  it('refuses an HTML page that announces no feed, or a feed link that leads to another page', async () => {
    const server = await startServer({
      '/polos': html('<!doctype html><html><head><title>Polos</title></head><body><p>Tanpa feed</p></body></html>'),
      '/salah': html('<html><head><link rel="alternate" type="application/rss+xml" href="/polos"></head><body></body></html>'),
      '/sitemap.xml': html(urlset(), XML),
    });
    const plain = await walk(discoverFeed(`${server.origin}/polos`, fetchListing(), ALL));
    expect(plain.error).toMatchObject({ message: 'not a feed: found an HTML page without <link rel="alternate"> to an RSS or Atom feed', input: `${server.origin}/polos` });
    const wrong = await walk(discoverFeed(`${server.origin}/salah`, fetchListing(), ALL));
    expect(wrong.error!.message).toBe(`not a feed: found an HTML page announcing ${server.origin}/polos as its feed, which is an HTML page`);
    const sitemap = await walk(discoverFeed(`${server.origin}/sitemap.xml`, fetchListing(), ALL));
    expect(sitemap.error!.message).toBe('not a feed: found a sitemap');
  });
});
