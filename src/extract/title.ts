import type { HtmlPage } from '../record.js';
import { ownText, textContent } from '../parse/walk.js';
import { collapseWhitespace, normalizeForComparison } from '../text.js';
import { jsonLdArticles, jsonLdString } from '../metadata/json-ld.js';

/** Separators sites put between a headline and their own name in `<title>` and `og:title`. */
const SITE_SUFFIX = /\s+(?:[-|–—·:]{1,2}|::)\s+(?=[^-|–—·]*$)/u;
/** A trailing segment with at most this many words is a site or section name, not headline. */
const SUFFIX_MAX_WORDS = 5;
/** No headline is longer than this many characters, site suffix included. */
const HEADLINE_MAX_CHARS = 1000;

/**
 * The headline: the page's `<h1>` when the page's own metadata agrees with it (a logo in an
 * `<h1>` does not); else the declared headline (structured data, social tags, `<title>`) cut at a
 * separator where the part before it is shown on the page by itself; else the declared headline
 * without a " - Site" suffix. Reads the DOM, so it runs before anything is pruned.
 */
export function chooseTitle(page: HtmlPage, siteNames: string[]): string | null {
  const h1Texts = page.elements.filter((element) => element.name === 'h1').map((h1) => collapseWhitespace(textContent(h1))).filter(Boolean);
  const declared = [
    ...jsonLdArticles(page.jsonLd).map((article) => jsonLdString(article.headline)),
    page.meta.get('og:title')?.[0],
    page.meta.get('twitter:title')?.[0],
    page.documentTitle,
  ]
    .filter((title): title is string => Boolean(title && title.trim()))
    .map(collapseWhitespace);
  const declaredKeys = declared.map(normalizeForComparison);
  for (const h1 of h1Texts) {
    const key = normalizeForComparison(h1);
    if (key.split(' ').length >= 3 && declaredKeys.some((declaredKey) => declaredKey.includes(key))) return h1;
  }
  const first = declared[0];
  if (!first) return h1Texts[0] ?? null;
  const shown = page.body.map((element) => collapseWhitespace(ownText(element))).filter(Boolean);
  const headline = shownPrefix(first, shown) ?? stripSiteSuffix(first, siteNames);
  return withShownKicker(headline, shown);
}

/**
 * The longest part of `title` before a separator that some element of the page shows as its whole
 * text. Only parts of a headline's length are tried: trying every cut of a title made of thousands of
 * separators is quadratic (35,000 " | " took 10 s).
 */
function shownPrefix(title: string, shown: string[]): string | null {
  const cuts = [...title.slice(0, HEADLINE_MAX_CHARS).matchAll(/\s+(?:[-|–—·:]{1,2}|::)\s+/gu)].map((match) => match.index);
  if (cuts.length === 0) return null;
  const keys = new Set(shown.map(normalizeForComparison));
  for (const cut of cuts.reverse()) {
    const head = title.slice(0, cut);
    if (head.split(' ').length >= 3 && keys.has(normalizeForComparison(head))) return head;
  }
  return null;
}

/** A kicker the page shows before the headline ("In Picture: ", "VIDEO: "), which metadata left out. */
const KICKER = /^[\p{L}\d ]{2,24}:\s*$/u;

function withShownKicker(headline: string, shown: string[]): string {
  const kicked = shown.find((text) => text.length > headline.length && text.endsWith(headline) && KICKER.test(text.slice(0, -headline.length)));
  return kicked ?? headline;
}

/**
 * "Headline - Kompas.com" -> "Headline": a trailing segment goes when it names the site (or looks
 * like a domain), so a headline that merely contains a dash is left alone.
 */
export function stripSiteSuffix(title: string, siteNames: string[]): string {
  const siteKeys = siteNames.map(normalizeForComparison).filter(Boolean);
  let current = title;
  for (let i = 0; i < 2; i += 1) {
    const match = SITE_SUFFIX.exec(current);
    if (!match) break;
    const head = current.slice(0, match.index);
    const tail = current.slice(match.index + match[0].length);
    const tailKey = normalizeForComparison(tail);
    const namesSite = /\.[a-z]{2,}$/i.test(tail) || siteKeys.some((key) => tailKey.includes(key));
    if (!namesSite || tail.split(' ').length > SUFFIX_MAX_WORDS || head.split(' ').length < 3) break;
    current = head;
  }
  return current;
}
