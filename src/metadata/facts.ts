import type { HtmlPage } from '../record.js';
import type { SiteRule } from '../sites/index.js';
import { collapseWhitespace } from '../text.js';
import { selectorTexts } from './dom.js';
import { firstJsonLdString, jsonLdArticles } from './json-ld.js';

/** Tags beyond this many are keyword stuffing, not the story's topics. */
const MAX_TAGS = 30;

export function pageSection(page: HtmlPage): string | null {
  return firstJsonLdString(page.jsonLd, 'articleSection') ?? page.meta.get('article:section')?.[0] ?? null;
}

/** The story's tags: the rule's tag links, `article:tag`, JSON-LD keywords, then `news_keywords`. */
export function pageTags(page: HtmlPage, rule: SiteRule | null): string[] {
  const structured = jsonLdArticles(page.jsonLd).flatMap((article) => splitKeywords(article.keywords));
  const sources = [
    selectorTexts(page.$, rule?.tags ?? []),
    page.meta.get('article:tag') ?? [],
    structured,
    (page.meta.get('news_keywords') ?? []).flatMap(splitKeywords),
  ];
  const tags = sources.find((source) => source.length > 0) ?? [];
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const raw of tags) {
    const tag = collapseWhitespace(raw.replace(/^#/, ''));
    // `Editor:Fulan`, `Health:Kesehatan`: a site's internal key-value labels, not topics.
    if (!tag || tag.includes(':') || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    unique.push(tag);
  }
  return unique.slice(0, MAX_TAGS);
}

export function pageDescription(page: HtmlPage): string | null {
  const value = page.meta.get('description')?.[0] ?? page.meta.get('og:description')?.[0] ?? firstJsonLdString(page.jsonLd, 'description');
  return value ? collapseWhitespace(value) || null : null;
}

/** The lead image, as an absolute http(s) URL. */
export function pageImage(page: HtmlPage, base: string | null): string | null {
  const value = page.meta.get('og:image')?.[0] ?? page.meta.get('twitter:image')?.[0] ?? firstJsonLdString(page.jsonLd, 'image');
  if (!value) return null;
  try {
    const url = new URL(value, base ?? undefined);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function splitKeywords(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  return typeof value === 'string' ? value.split(',') : [];
}
