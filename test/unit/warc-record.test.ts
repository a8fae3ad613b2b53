import { describe, expect, it } from 'vitest';
import { archivedPage, type WarcRecordFacts } from '../../src/input/warc-record.js';

const RESPONSE: WarcRecordFacts = {
  type: 'response',
  targetUri: 'https://news.detik.com/berita/d-1/judul',
  date: '2024-06-18T03:00:00Z',
  contentType: 'application/http; msgtype=response',
  identifiedPayloadType: null,
  httpStatus: 200,
  httpContentType: 'text/html; charset=ISO-8859-1',
};

describe('which WARC records are pages to clean', () => {
  it('takes an HTML 200 response, with its URL, WARC-Date and the charset its server named', () => {
    expect(archivedPage(RESPONSE)).toEqual({
      url: 'https://news.detik.com/berita/d-1/judul',
      date: new Date('2024-06-18T03:00:00Z'),
      charset: 'ISO-8859-1',
      sniff: false,
    });
    expect(archivedPage({ ...RESPONSE, httpContentType: 'application/xhtml+xml' })).toMatchObject({ charset: null });
    expect(archivedPage({ ...RESPONSE, httpStatus: 203 })).not.toBeNull();
  });

  it('reads the target URI as the page URL only when it is an http(s) URL (angle brackets, as WARC 1.0 writers put them, taken off)', () => {
    const urlOf = (targetUri: string | null) => archivedPage({ ...RESPONSE, targetUri })?.url;
    expect(urlOf('<https://tirto.id/a>')).toBe('https://tirto.id/a');
    expect([urlOf('not a url'), urlOf('dns:tirto.id'), urlOf(null)]).toEqual([null, null, null]);
  });

  it.each([
    ['a request', { type: 'request' }],
    ['a revisit (no payload)', { type: 'revisit' }],
    ['warcinfo', { type: 'warcinfo', httpStatus: null }],
    ['metadata', { type: 'metadata', httpStatus: null }],
    ['a redirect', { httpStatus: 301 }],
    ['a 404', { httpStatus: 404 }],
    ['partial content', { httpStatus: 206 }],
    ['an image', { httpContentType: 'image/jpeg' }],
    ['a PDF', { httpContentType: 'application/pdf' }],
    ['plain text', { httpContentType: 'text/plain' }],
  ] as const)('passes over %s', (_, change) => {
    expect(archivedPage({ ...RESPONSE, ...change })).toBeNull();
  });

  it('without an HTTP Content-Type trusts what Common Crawl identified, else asks for a sniff of the payload', () => {
    expect(archivedPage({ ...RESPONSE, httpContentType: null, identifiedPayloadType: 'text/html' })).toMatchObject({ sniff: false });
    expect(archivedPage({ ...RESPONSE, httpContentType: null, identifiedPayloadType: 'image/png' })).toBeNull();
    expect(archivedPage({ ...RESPONSE, httpContentType: null })).toMatchObject({ sniff: true });
  });

  it('takes a resource record when its own Content-Type is HTML (a page stored without its HTTP exchange)', () => {
    const resource = { ...RESPONSE, type: 'resource', httpStatus: null, httpContentType: null };
    expect(archivedPage({ ...resource, contentType: 'text/html; charset=utf-8' })).toMatchObject({ charset: 'utf-8', sniff: false });
    expect(archivedPage({ ...resource, contentType: 'image/png' })).toBeNull();
  });

  it('keeps a page whose WARC-Date is missing or unreadable, without a reference time', () => {
    expect(archivedPage({ ...RESPONSE, date: 'kemarin' })).toMatchObject({ date: null });
    expect(archivedPage({ ...RESPONSE, date: null })).toMatchObject({ date: null });
  });
});
