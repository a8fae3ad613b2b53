import type { Element } from 'domhandler';
import type { HtmlPage, Removal } from '../record.js';
import type { SiteRule } from '../sites/index.js';
import { type Credits, cleanName, readByline } from './byline.js';
import { classMatches, inListOrBox, isItemprop, selectorTexts, textWithBreaks } from './dom.js';
import { jsonLdArticles } from './json-ld.js';
import { normalizeForComparison } from '../text.js';

/** Meta names that carry a byline, most trusted first. */
const AUTHOR_META = ['author', 'article:author', 'dtk:author', 'content_author', 'parsely-author', 'byl', 'dc.creator'];
/** Class names of elements that show a byline or an editor line, when no rule names them. */
const BYLINE_CLASS = /author|penulis|reporter|byline|writer/i;
const EDITOR_CLASS = /editor|redaktur/i;
const CREDIT_CLASS = new RegExp(`${BYLINE_CLASS.source}|${EDITOR_CLASS.source}`, 'i');
/** Removal reasons whose blocks are bylines a text page or a body carried. */
const CREDIT_REASONS = new Set(['boilerplate:credit-line', 'boilerplate:header-meta', 'boilerplate:trailing-label']);

/** An element that may show a byline or an editor line: one test of its class for both kinds, the few that pass are sorted later. */
export function showsCredit(element: Element): boolean {
  return classMatches(element, CREDIT_CLASS) || isItemprop(element, 'author') || element.attribs.rel === 'author';
}

/**
 * Author and editor of an HTML page: the rule's byline, structured data, meta tags, shown bylines
 * (in `candidates`, the page's elements `showsCredit` passes).
 */
export function pageCredits(page: HtmlPage, rule: SiteRule | null, siteName: string | null, candidates: readonly Element[]): Credits {
  const { $ } = page;
  const lines = (element: Element): string => element.attribs.content ?? textWithBreaks(element);
  const ruled = [
    ...selectorTexts($, rule?.author ?? [], lines).map((text) => readByline(text)),
    ...selectorTexts($, rule?.editor ?? [], lines).map((text) => ({ author: null, editor: readByline(text).editor ?? cleanName(text) })),
  ];
  const declared = [structuredAuthors(page, siteName), ...AUTHOR_META.flatMap((name) => page.meta.get(name) ?? []).map(cleanName)];
  const showsByline = (element: Element): boolean => classMatches(element, BYLINE_CLASS) || isItemprop(element, 'author') || element.attribs.rel === 'author';
  const shown = shownTexts(candidates, showsByline).map((text) => readByline(text));
  const shownEditors = shownTexts(candidates, (element) => classMatches(element, EDITOR_CLASS)).map((text) => readByline(text).editor);
  return {
    author: firstOf([...ruled.map((credits) => credits.author), ...declared, ...shown.map((credits) => credits.author)]),
    editor: firstOf([...ruled.map((credits) => credits.editor), ...shown.map((credits) => credits.editor), ...shownEditors]),
  };
}

/** Credits from the bylines the cleaner took out of a text page or a body (`Penulis: ...` lines); never the headline. */
export function removedCredits(removals: Removal[], title: string | null): Credits {
  const headline = title ? normalizeForComparison(title) : null;
  const credits = removals
    .filter((removal) => CREDIT_REASONS.has(removal.reason) && normalizeForComparison(removal.text) !== headline)
    .map((removal) => readByline(removal.text));
  return { author: firstOf(credits.map((entry) => entry.author)), editor: firstOf(credits.map((entry) => entry.editor)) };
}

function structuredAuthors(page: HtmlPage, siteName: string | null): string | null {
  for (const article of jsonLdArticles(page.jsonLd)) {
    const authors = [article.author].flat().map((author) => (typeof author === 'string' ? author : (author as { name?: unknown } | null)?.name));
    const names = authors.filter((name): name is string => typeof name === 'string').map(cleanName).filter((name): name is string => Boolean(name));
    // An organisation credited as author is the site, not a byline.
    const people = names.filter((name) => !siteName || name.toLowerCase() !== siteName.toLowerCase());
    if (people.length > 0) return [...new Set(people)].join(', ');
  }
  return null;
}

function shownTexts(elements: readonly Element[], shows: (element: Element) => boolean): string[] {
  return elements
    .filter((element) => shows(element) && !inListOrBox(element))
    .map((element) => textWithBreaks(element))
    .filter((text) => text.trim().length > 0 && text.length < 200);
}

function firstOf(values: (string | null | undefined)[]): string | null {
  return values.find((value): value is string => Boolean(value)) ?? null;
}
