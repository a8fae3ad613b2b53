import type { Element } from 'domhandler';
import type { DocumentRecord, HtmlPage } from '../record.js';
import { ruleForUrl, type SiteRule } from '../sites/index.js';
import { pageCredits, removedCredits, showsCredit } from './credits.js';
import { elementsPassing } from './dom.js';
import { pageDescription, pageImage, pageSection, pageTags } from './facts.js';
import { jsonLdArticles } from './json-ld.js';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS, languageFromTag } from './language.js';
import { isArticlePage } from './page-kind.js';
import { pageUrl, siteName } from './site.js';
import { pageTimes, removedDate, showsDate } from './when.js';
import { textContent } from '../parse/walk.js';

export { detectLanguage, languageFromTag } from './language.js';
export { readByline } from './byline.js';
export { parseDate, parseDates, isInBodyDateline } from './dates/index.js';

/** Western Indonesian Time: the zone of a site that names none. */
const WIB = '+07:00';

/**
 * The metadata stage, first half, right after parsing: what the page's head and its untouched DOM
 * say (URL, site, byline, times, section, tags, description, image), before extraction prunes it.
 */
export function readPageMetadata(record: DocumentRecord): DocumentRecord {
  if (record.parsed.type !== 'html') return record;
  const page = record.parsed.page;
  const url = pageUrl(page, record.fetchedUrl) ?? record.fetchedUrl;
  const rule = ruleForUrl(url);
  const site = siteName(page, url);
  // One walk of the page for the elements that may show a byline and those that may show a date.
  const [creditElements = [], dateElements = []] = elementsPassing(page.elements, [showsCredit, showsDate]);
  const { author, editor } = pageCredits(page, rule, site, creditElements);
  const { published, publishedApproximate, modified } = pageTimes(page, rule, siteOffset(page, url, rule), record.fetchedAt, dateElements);
  return {
    ...record,
    url,
    site,
    author,
    editor,
    published,
    publishedApproximate,
    modified,
    section: pageSection(page),
    tags: pageTags(page, rule),
    description: pageDescription(page),
    image: pageImage(page, url),
  };
}

/**
 * The metadata stage, second half, once the body is known: its language, whether the page is an
 * article at all, and the bylines the cleaner found in it when the page gave none elsewhere.
 */
export function finishMetadata(record: DocumentRecord): DocumentRecord {
  const bodyLanguage = detectLanguage(joinedSample(record.blocks.map((block) => block.text)));
  const credits = removedCredits(record.removals, record.title);
  const author = record.author ?? credits.author;
  const editor = record.editor ?? credits.editor;
  if (record.parsed.type !== 'html') {
    const times = removedDate(record.removals, bodyLanguage === 'id' ? WIB : null, record.fetchedAt);
    return { ...record, author, editor, ...times, language: bodyLanguage };
  }
  const page = record.parsed.page;
  const declaresArticle = jsonLdArticles(page.jsonLd).some((object) => object['@type'] !== 'WebPage');
  const ogType = page.meta.get('og:type')?.[0]?.toLowerCase() ?? null;
  return {
    ...record,
    author,
    editor,
    article: isArticlePage({ url: record.url, blocks: record.blocks, ogType, declaresArticle }),
    language: bodyLanguage ?? languageFromTag(page.lang),
  };
}

/**
 * The offset for times a site writes without a zone: its rule's, else WIB for an Indonesian site
 * (an `.id` host, `lang="id"`, or paragraphs in Indonesian), else none.
 */
function siteOffset(page: HtmlPage, url: string | null, rule: SiteRule | null): string | null {
  if (rule) return rule.defaultOffset ?? WIB;
  const host = url ? new URL(url).hostname : '';
  if (host.endsWith('.id') || languageFromTag(page.lang) === 'id') return WIB;
  // Some Indonesian sites declare `lang="en"`: the words decide.
  const sample = textSample(page.elements, 'p') ?? textSample(page.elements, 'body') ?? '';
  return detectLanguage(sample) === 'id' ? WIB : null;
}

/**
 * The text of the elements named `name` joined, read only as far as the language guess looks (the
 * walk stops there too), or null when there are none.
 */
function textSample(elements: readonly Element[], name: string): string | null {
  let sample: string | null = null;
  for (const element of elements) {
    if (element.name !== name) continue;
    sample = (sample ?? '') + textContent(element);
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
  }
  return sample;
}

/** `texts.join(' ')` as far as the language guess looks: a long story is not copied whole for it. */
function joinedSample(texts: string[]): string {
  let sample = texts[0] ?? '';
  for (let i = 1; i < texts.length && sample.length < LANGUAGE_SAMPLE_CHARS; i += 1) sample += ` ${texts[i]}`;
  return sample;
}
