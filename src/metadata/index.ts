import type { DocumentRecord, HtmlPage } from '../record.js';
import { normalizeIsoDateTime } from './date.js';
import { firstJsonLdString, jsonLdArticles } from './json-ld.js';
import { detectLanguage, languageFromTag } from './language.js';
import { isArticlePage } from './page-kind.js';
import { pageUrl, siteName } from './site.js';

export { detectLanguage, languageFromTag } from './language.js';
export { normalizeIsoDateTime } from './date.js';

/** Meta names that carry a byline, most trusted first. */
const AUTHOR_META = ['author', 'article:author', 'dtk:author', 'content_author', 'parsely-author', 'byl'];
/** Meta names that carry the publication time, most trusted first. */
const PUBLISHED_META = ['article:published_time', 'dtk:publishdate', 'content_publisheddate', 'pubdate', 'publishdate', 'date', 'dc.date.issued'];

/** The metadata stage: URL, author, publication time, site and language, `null` when unknown. */
export function addMetadata(record: DocumentRecord): DocumentRecord {
  const bodyLanguage = detectLanguage(record.blocks.map((block) => block.text).join(' '));
  if (record.parsed.type !== 'html') return { ...record, language: bodyLanguage };
  const page = record.parsed.page;
  const url = pageUrl(page);
  const declaresArticle = jsonLdArticles(page.jsonLd).some((object) => object['@type'] !== 'WebPage');
  const ogType = page.meta.get('og:type')?.[0]?.toLowerCase() ?? null;
  return {
    ...record,
    article: isArticlePage({ url, blocks: record.blocks, ogType, declaresArticle }),
    url,
    author: pageAuthor(page),
    published: pagePublished(page),
    site: siteName(page, url),
    language: languageFromTag(page.lang) ?? bodyLanguage,
  };
}

function pageAuthor(page: HtmlPage): string | null {
  const candidates = [firstJsonLdString(page.jsonLd, 'author'), ...AUTHOR_META.map((name) => page.meta.get(name)?.[0])];
  // Profile links and bare domains are where a byline should be, not a byline.
  return candidates.find((value): value is string => Boolean(value) && !/^https?:|\.\w{2,3}$/i.test(value!)) ?? null;
}

function pagePublished(page: HtmlPage): string | null {
  const candidates = [firstJsonLdString(page.jsonLd, 'datePublished'), ...PUBLISHED_META.map((name) => page.meta.get(name)?.[0])];
  for (const candidate of candidates) {
    const normalized = candidate ? normalizeIsoDateTime(candidate) : null;
    if (normalized) return normalized;
  }
  return null;
}
