import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { articlePage, html, startServer } from '../helpers/server.js';

const XML = { 'content-type': 'application/xml' };
const QUICK = ['--delay', '0', '--retries', '0', '-f', 'jsonl'];
const records = (stdout: string): Record<string, any>[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

function newsSitemap(origin: string, entries: [string, string][]): string {
  const urls = entries
    .map(([path, date]) => `<url><loc>${origin}${path}</loc><news:news><news:publication_date>${date}</news:publication_date></news:news></url>`)
    .join('');
  return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls}</urlset>`;
}

describe('--sitemap and --feed', () => {
  it('cleans every article a sitemap index lists, through its news and gzipped child sitemaps', async () => {
    let origin = '';
    const server = await startServer({
      '/sitemap.xml': (q, r, u) =>
        html(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/news.xml</loc></sitemap><sitemap><loc>${origin}/old.xml.gz</loc></sitemap></sitemapindex>`, XML)(q, r, u),
      '/news.xml': (q, r, u) => html(newsSitemap(origin, [['/a/1', '2024-06-18T07:00:00+07:00'], ['/a/2', '2024-06-18T08:00:00+07:00']]), XML)(q, r, u),
      '/old.xml.gz': (q, r, u) => html(gzipSync(newsSitemap(origin, [['/a/3', '2024-06-10T08:00:00+07:00']])), { 'content-type': 'application/x-gzip' })(q, r, u),
      '/a/*': (q, r, u) => html(articlePage(u.pathname))(q, r, u),
    });
    origin = server.origin;
    const all = records((await runCli([...QUICK, '--sitemap', `${origin}/sitemap.xml`])).stdout);
    expect(all.map((record) => record.fetchedUrl)).toEqual([`${origin}/a/1`, `${origin}/a/2`, `${origin}/a/3`]);
    const recent = records((await runCli([...QUICK, '--sitemap', `${origin}/sitemap.xml`, '--since', '2024-06-15'])).stdout);
    expect(recent.map((record) => record.fetchedUrl)).toEqual([`${origin}/a/1`, `${origin}/a/2`]);
    const capped = records((await runCli([...QUICK, '--sitemap', `${origin}/sitemap.xml`, '--max', '1'])).stdout);
    expect(capped).toHaveLength(1);
  });

  it('cleans what an RSS feed lists, and reports a listing that fails as a failed input', async () => {
    let origin = '';
    const server = await startServer({
      '/rss': (q, r, u) => html(`<rss version="2.0"><channel><item><link>${origin}/b/1</link></item><item><link>${origin}/b/2</link></item></channel></rss>`, { 'content-type': 'application/rss+xml' })(q, r, u),
      '/b/*': (q, r, u) => html(articlePage(u.pathname))(q, r, u),
    });
    origin = server.origin;
    const result = await runCli([...QUICK, '--feed', `${origin}/rss`, '--sitemap', `${origin}/missing.xml`]);
    // Sitemaps are read before feeds.
    const [failure, ...articles] = records(result.stdout);
    expect(failure).toMatchObject({ input: `${origin}/missing.xml`, error: { code: 'E_FETCH_HTTP_STATUS' } });
    expect(articles.map((record) => record.fetchedUrl)).toEqual([`${origin}/b/1`, `${origin}/b/2`]);
    expect(result.code).toBe(1);
  });
});
