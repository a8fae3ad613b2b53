import { describe, expect, it } from 'vitest';
import { parseDuration, parseSince, parseSize } from '../../src/cli/options.js';
import { pageLinks, singlePageUrl } from '../../src/fetch/pagination.js';
import { parseRetryAfter, retryDelayMs } from '../../src/fetch/retry.js';
import { urlOutputPath } from '../../src/input/url.js';
import { isListingUrl } from '../../src/metadata/page-kind.js';
import { ruleForUrl } from '../../src/sites/index.js';

describe('option values', () => {
  it.each([['500ms', 500], ['2s', 2000], ['1.5s', 1500], ['1m', 60_000], ['3', 3000]])('duration %s is %d ms', (value, ms) => {
    expect(parseDuration(value)).toBe(ms);
  });
  it.each([['500k', 512_000], ['10M', 10 * 1024 ** 2], ['1G', 1024 ** 3], ['2048', 2048]])('size %s is %d bytes', (value, bytes) => {
    expect(parseSize(value)).toBe(bytes);
  });
  it('refuses values that are not durations or sizes', () => {
    expect(() => parseDuration('soon')).toThrow(/duration/);
    expect(() => parseSize('big')).toThrow(/size/);
    expect(() => parseSize('0')).toThrow(/at least one byte/);
  });
  it('reads --since as a duration back from now, or a date (a bare day starts in WIB)', () => {
    const now = Date.parse('2024-06-18T12:00:00Z');
    expect(parseSince('6h', now).toISOString()).toBe('2024-06-18T06:00:00.000Z');
    expect(parseSince('2d', now).toISOString()).toBe('2024-06-16T12:00:00.000Z');
    expect(parseSince('2024-06-18').toISOString()).toBe('2024-06-17T17:00:00.000Z');
    expect(parseSince('2024-06-18T07:00:00+07:00').toISOString()).toBe('2024-06-18T00:00:00.000Z');
    expect(() => parseSince('kemarin')).toThrow(/date/);
  });
});

describe('retries', () => {
  it('honour Retry-After in seconds or as a date, and back off with jitter otherwise, never past the cap', () => {
    const now = Date.parse('2024-06-18T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Tue, 18 Jun 2024 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('nonsense', now)).toBeNull();
    expect(retryDelayMs(3, null, now, () => 1)).toBe(2000);
    expect(retryDelayMs(1, '86400', now)).toBe(60_000);
  });
});

describe('URLs', () => {
  it('names output files after the host and path of a URL', () => {
    expect(urlOutputPath('https://news.detik.com/berita/d-1/judul?x=1')).toBe('news.detik.com/berita/d-1/judul');
    expect(urlOutputPath('https://www.kompas.com/')).toBe('www.kompas.com/index');
  });
  it('knows listing addresses', () => {
    expect(isListingUrl('https://www.liputan6.com/indeks')).toBe(true);
    expect(isListingUrl('http://indeks.kompas.com/')).toBe(true);
    expect(isListingUrl('https://www.okezone.com/')).toBe(true);
    expect(isListingUrl('https://news.detik.com/berita/d-7394512/judul')).toBe(false);
  });
  it("finds a story's next page on its own path only, and the site's single-page view", () => {
    const base = 'https://regional.kompas.com/read/2024/06/18/1/judul';
    const page = (links: string): string => `<html><head><link rel="canonical" href="${base}"></head><body>${links}</body></html>`;
    expect(pageLinks(page(`<a href="${base}?page=2">Halaman selanjutnya</a>`), base, 1)).toEqual({ next: `${base}?page=2`, canonical: base });
    expect(pageLinks(page('<a href="https://regional.kompas.com/read/2024/06/18/2/lain">Selanjutnya</a>'), base, 1).next).toBeNull();
    expect(pageLinks(page('<a href="https://other.example/read/2">2</a>'), base, 1).next).toBeNull();
    expect(singlePageUrl(base, ruleForUrl(base))).toBe(`${base}?page=all`);
    expect(singlePageUrl('https://example.org/a', ruleForUrl('https://example.org/a'))).toBeNull();
  });
});
