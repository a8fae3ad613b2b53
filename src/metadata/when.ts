import type { Element } from 'domhandler';
import type { HtmlPage, Removal } from '../record.js';
import type { SiteRule } from '../sites/index.js';
import { collapseWhitespace } from '../text.js';
import { atOffset, hasTime, isInBodyDateline, offsetOf, parseDateUnder, wallMinute, type DateContext, type ParsedDate } from './dates/index.js';
import { firstJsonLdString } from './json-ld.js';
import { classMatches, inListOrBox, isItemprop, selectorTexts } from './dom.js';
import { ownText, textContent } from '../parse/walk.js';

/** Meta names that carry the publication time, most trusted first. */
const PUBLISHED_META = ['article:published_time', 'og:published_time', 'dtk:publishdate', 'content_publisheddate', 'publishdate', 'pubdate', 'date', 'dc.date.issued', 'dc.date', 'datepublished'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dtk:updatedate', 'datemodified', 'last-modified'];
/** Class names of elements that show a date near the headline, when no rule names them. */
const DATE_CLASS = /date|tanggal|time|waktu|publish|posted|tgl/i;
/** Elements after the headline searched for an unmarked date line. */
const HEADLINE_NEIGHBOURS = 40;
/** A date element's text longer than this is a paragraph that mentions a date, not a date line. */
const DATE_TEXT_MAX_CHARS = 160;

export interface Times {
  published: string | null;
  /** `published` came from a relative time ("2 jam yang lalu") read against the fetch time. */
  publishedApproximate: boolean;
  modified: string | null;
}

/**
 * Publication and modification times. The date the page shows its reader wins (the metadata of
 * Indonesian sites is often off: Jakarta time labelled UTC, the crawl time, another story's date);
 * declared metadata lends its seconds when it agrees to the minute, and stands in when nothing is
 * shown. Times are written at the offset the site shows (WIB +07:00, WITA, WIT), or `offset` when
 * it shows none. `dateElements` are the page's elements `showsDate` passes.
 */
export function pageTimes(page: HtmlPage, rule: SiteRule | null, offset: string | null, reference: Date | null, dateElements: readonly Element[]): Times {
  const reader = new DateReader(offset, reference);
  const parse = reader.read;
  const declared = firstParsed(declaredPublished(page), parse);
  const shown = shownDate(visibleDateTexts(page, rule?.published ?? [], dateElements), parse);
  const declaredModified = firstParsed([firstJsonLdString(page.jsonLd, 'dateModified'), ...metaValues(page, MODIFIED_META)], parse);
  const shownModified = rule?.modified ? firstParsed(selectorTexts(page.$, rule.modified, dateText), parse) : null;
  // A relative time ("2 jam yang lalu") is a guess; an absolute declared time beats it.
  const published = shown && reader.approximate.has(shown) && declared ? reconcile(null, declared, offset) : reconcile(shown, declared, offset);
  return {
    published,
    publishedApproximate: published !== null && reader.approximate.has(published),
    modified: shownModified ?? (declaredModified && offset ? localised(declaredModified, offset) : declaredModified),
  };
}

function reconcile(shown: string | null, declared: string | null, offset: string | null): string | null {
  if (!shown) return declared && offset ? localised(declared, offset) : declared;
  if (!declared || !hasTime(declared)) return shown;
  const shownOffset = offsetOf(shown) ?? offset;
  const declaredThere = shownOffset ? atOffset(declared, shownOffset) : declared;
  if (!hasTime(shown)) return declaredThere.startsWith(shown) ? declaredThere : shown;
  if (wallMinute(declaredThere) === wallMinute(shown)) return declaredThere;
  // Jakarta wall-clock time labelled as another zone (detik's `...Z`): same minute, wrong offset.
  if (wallMinute(declared) === wallMinute(shown)) return `${declared.slice(0, 19)}${offsetOf(shown)}`;
  return shown;
}

/** A time declared in UTC, as many sites' metadata writes it, at the site's own offset; other offsets stay. */
function localised(iso: string, offset: string): string {
  return offsetOf(iso) === '+00:00' ? atOffset(iso, offset) : iso;
}

/** Removal reasons whose blocks are date lines a text page carried under its headline. */
const DATE_REASONS = new Set(['boilerplate:date-line', 'boilerplate:header-meta', 'boilerplate:credit-line']);

/** The publication time of a text page: the first date line the cleaner took out of its header. */
export function removedDate(removals: Removal[], offset: string | null, reference: Date | null): Pick<Times, 'published' | 'publishedApproximate'> {
  const reader = new DateReader(offset, reference);
  const texts = removals.filter((removal) => DATE_REASONS.has(removal.reason)).map((removal) => removal.text);
  const published = shownDate(texts, reader.read);
  return { published, publishedApproximate: published !== null && reader.approximate.has(published) };
}

/**
 * Reads dates at a site's offset, relative ones against the fetch time, remembering which results
 * were relative. Without a known offset, a time that names no zone is kept as a bare date rather
 * than given a made-up offset.
 */
class DateReader {
  readonly approximate = new Set<string>();
  /** The site's offset, or, without one, two that tell a time naming its zone from one that names none. */
  private readonly contexts: DateContext[];

  constructor(
    private readonly offset: string | null,
    reference: Date | null,
  ) {
    const at = (defaultOffset: string): DateContext => ({ defaultOffset, ...(reference && { reference }) });
    this.contexts = offset ? [at(offset)] : [at('+01:00'), at('+00:00')];
  }

  read = (text: string): string | null => {
    // One reading of the text for both offsets: finding its dates is the costly part.
    const [first = null, utc = null] = parseDateUnder(text, this.contexts);
    const date = this.offset ? first : zoneless(first, utc);
    if (date?.approximate) this.approximate.add(date.iso);
    return date?.iso ?? null;
  };
}

/** The date read at +01:00 and at UTC: as it is when both agree, its day alone when the offset made up its time. */
function zoneless(east: ParsedDate | null, utc: ParsedDate | null): ParsedDate | null {
  if (!east || !utc) return null;
  return east.iso === utc.iso ? utc : { ...utc, iso: utc.iso.slice(0, 10) };
}

/** The first shown date that has a time; a bare day (a header's "today") only when none has. */
function shownDate(texts: Iterable<string>, parse: (text: string) => string | null): string | null {
  let firstDay: string | null = null;
  for (const text of texts) {
    const date = isInBodyDateline(text) ? null : parse(text);
    if (date && hasTime(date)) return date;
    firstDay ??= date;
  }
  return firstDay;
}

function firstParsed(texts: Iterable<string | null | undefined>, parse: (text: string) => string | null): string | null {
  for (const text of texts) {
    if (!text || isInBodyDateline(text)) continue;
    const parsed = parse(text);
    if (parsed) return parsed;
  }
  return null;
}

/** Structured data, then meta tags, then `<meta itemprop>`s: walking every element for those waits until the others gave no date. */
function* declaredPublished(page: HtmlPage): Generator<string | null | undefined> {
  yield firstJsonLdString(page.jsonLd, 'datePublished');
  yield* metaValues(page, PUBLISHED_META);
  for (const element of page.elements) if (element.name === 'meta' && isItemprop(element, 'datepublished')) yield element.attribs.content;
}

function metaValues(page: HtmlPage, names: string[]): string[] {
  return names.flatMap((name) => page.meta.get(name) ?? []);
}

/**
 * The rule's date elements, then date-like elements outside lists, links and boxes of other
 * stories, then the short lines just below the headline (a byline with its time, unmarked). Read
 * one at a time as `shownDate` asks: it mostly stops at the first, and reading every date-like
 * element's text (some wrap a whole story) and the lines under the headline first was most of the
 * cost of the page's times.
 */
function* visibleDateTexts(page: HtmlPage, ruleSelectors: string[], dateElements: readonly Element[]): Generator<string> {
  for (const text of candidateDateTexts(page, ruleSelectors, dateElements)) {
    if (text.length <= DATE_TEXT_MAX_CHARS) yield publicationPart(text);
  }
}

function* candidateDateTexts(page: HtmlPage, ruleSelectors: string[], dateElements: readonly Element[]): Generator<string> {
  yield* selectorTexts(page.$, ruleSelectors, dateText);
  for (const element of dateElements) if (!inListOrBox(element)) yield dateText(element);
  yield* linesBelowHeadline(page.body);
}

/** An element that may show a date: a `<time>`, or one whose class, `itemprop` or id says so. */
export function showsDate(element: Element): boolean {
  const { name, attribs } = element;
  // Most elements have neither class nor id: no pattern runs for them.
  return name === 'time' || classMatches(element, DATE_CLASS) || (name !== 'meta' && isItemprop(element, 'datepublished')) || (attribs.id !== undefined && /date/i.test(attribs.id));
}

/** Own text of the elements that follow the first `<h1>` in document order, a few dozen at most. */
function* linesBelowHeadline(elements: readonly Element[]): Generator<string> {
  const start = elements.findIndex((element) => element.name === 'h1');
  if (start === -1) return;
  for (const element of elements.slice(start + 1, start + 1 + HEADLINE_NEIGHBOURS)) {
    const own = ownText(element, ' ');
    // Most of these hold nothing or only indentation, which collapses to nothing with no pattern run.
    const text = own.trim() === '' ? '' : collapseWhitespace(own);
    // The text first: most of these elements have none, and inListOrBox climbs to the root.
    if (text && !inListOrBox(element)) yield text;
  }
}

/** A date labelled as an update ("Diperbarui", "Updated") is the modified time, never the published one. */
const UPDATE_LABEL = /\b(?:diperbarui|diperbaharui|update[ds]?|diupdate|terakhir\s+diubah|last\s+modified)\b/i;

const PUBLISH_LABEL = /\b(?:diterbitkan|terbit|dipublikasikan|published|posted)\b/i;

/**
 * What a date line says about publication: from a "Diterbitkan"/"Published" label if it has one,
 * up to an update label ("" when the line only gives the update).
 */
function publicationPart(text: string): string {
  const published = PUBLISH_LABEL.exec(text);
  const from = published ? text.slice(published.index) : text;
  const update = UPDATE_LABEL.exec(from);
  return update ? from.slice(0, update.index).trim() : from;
}

/** A machine-readable `datetime`/`content` attribute beats the element's text. */
function dateText(element: Element): string {
  return collapseWhitespace(element.attribs.datetime ?? element.attribs.content ?? textContent(element));
}

