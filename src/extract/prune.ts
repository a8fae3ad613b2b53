import type { PageQuery } from '../parse/query.js';
import type { Element, ParentNode } from 'domhandler';
import type { Removal } from '../record.js';
import { TEASER_LIST_MIN_ITEMS } from '../settings.js';
import { collapseWhitespace } from '../text.js';
import { elementsBelow, textContent } from '../parse/walk.js';
import { hintNames, isMedia, isNegative, isPositive } from './hints.js';

/** Never part of a story, wherever they are on the page: these elements, and hidden ones. */
const NEVER_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video',
  'audio', 'button', 'select', 'input', 'textarea', 'nav', 'header', 'footer', 'aside', 'dialog',
]);

const LISTS = new Set(['ul', 'ol', 'table']);
/** A list or table whose text is mostly links is a list of other stories, not part of this one. */
const LINK_LIST_DENSITY = 0.5;
/** Words of link text that make a list item's link a headline. */
const HEADLINE_MIN_WORDS = 4;
/** Share of a list's items led by a headline link that makes it a list of other stories. */
const HEADLINED_ITEMS_SHARE = 0.6;
/** What `figcaption, .caption, .wp-caption-text` selects: the class test is css-select's for `.name`. */
const CAPTION_CLASS = /(?:^|\s)(?:caption|wp-caption-text)(?:$|\s)/;
/** Captions holding more than this share of a container's text make it a photo story. */
const GALLERY_CAPTION_SHARE = 0.5;
/** A box with more than this share of the container's text is kept whatever its name says. */
const PRUNE_MAX_SHARE = 0.5;

/**
 * Drops what is never content from the whole page. A `<form>` goes too unless it wraps the page
 * (ASP.NET sites put everything inside one).
 */
export function dropNonContent($: PageQuery, elements: readonly Element[]): void {
  $(elements.filter(neverContent)).remove();
  const forms = elements.filter((element) => element.name === 'form' && isInside(element, $.root()[0]!));
  $(forms.filter((form) => elementsBelow(form).filter((element) => element.name === 'p').length < 3)).remove();
}

function neverContent(element: Element): boolean {
  const { name, attribs } = element;
  const { style } = attribs;
  // Most elements have no style: no regex run on an empty one for them.
  return NEVER_CONTENT.has(name) || 'hidden' in attribs || attribs['aria-hidden'] === 'true' || (style !== undefined && /display: ?none/.test(style));
}

/**
 * Prunes the chosen container: captions and media boxes, boxes whose class or id says
 * related/ads/share/tags, and link lists. A box holding most of the container's text is the story
 * under an unlucky name and stays. Each pruned element with text becomes a removal with its reason.
 */
export function pruneContainer($: PageQuery, container: Element): Removal[] {
  const removals: Removal[] = [];
  const containerChars = collapseWhitespace(textContent(container)).length;
  const drop = (element: Element, reason: string): void => {
    if (!isInside(element, container)) return; // an ancestor already went, with its text
    const text = collapseWhitespace(textContent(element));
    if (text.length > containerChars * PRUNE_MAX_SHARE) return;
    if (text) removals.push({ reason, text });
    $(element).remove();
  };
  // One walk for the three passes, each a selector query before; `drop` passes over what went.
  const below = elementsBelow(container);
  const captions = below.filter((element) => element.name === 'figcaption' || CAPTION_CLASS.test(element.attribs.class ?? ''));
  // A photo story's captions are its text: they stay when they are most of the container's.
  const captionChars = captions.reduce((sum, element) => sum + collapseWhitespace(textContent(element)).length, 0);
  const gallery = captionChars > containerChars * GALLERY_CAPTION_SHARE;
  if (!gallery) captions.forEach((element) => drop(element, 'boilerplate:caption'));
  for (const element of below) {
    if (element.attribs.class === undefined && element.attribs.id === undefined) continue;
    const names = hintNames(element);
    if (isPositive(names)) continue;
    if (isNegative(names)) drop(element, 'boilerplate:related-box');
    else if (isMedia(names) && !gallery) drop(element, 'boilerplate:caption');
  }
  for (const element of below) {
    if (LISTS.has(element.name) && isInside(element, container) && isLinkList(element)) drop(element, 'boilerplate:link-list');
  }
  return removals;
}

/**
 * A list of other stories: mostly link text, or (with teasers under each headline) most of its
 * items led by a linked headline of a few words. Read from the DOM itself: a cheerio wrapper and a
 * selector query per list and per item cost more than the walks.
 */
function isLinkList(element: Element): boolean {
  const text = collapseWhitespace(textContent(element));
  if (!text) return false;
  const linked = collapseWhitespace(linksBelow(element).map(textContent).join(''));
  if (linked.length / text.length > LINK_LIST_DENSITY) return true;
  const items = element.children.filter((child): child is Element => child.type === 'tag' && child.name === 'li');
  const headlined = items.filter((item) =>
    linksBelow(item).some((link) => collapseWhitespace(textContent(link)).split(' ').length >= HEADLINE_MIN_WORDS),
  );
  return items.length >= TEASER_LIST_MIN_ITEMS && headlined.length >= items.length * HEADLINED_ITEMS_SHARE;
}

/** What `$(element).find('a')` selects, in document order. */
function linksBelow(element: Element): Element[] {
  return elementsBelow(element).filter((below) => below.name === 'a');
}

/** True while `element` is still attached below `container` (not removed with an ancestor). */
export function isInside(element: Element, container: ParentNode): boolean {
  for (let node = element.parent; node; node = node.parent) if (node === container) return true;
  return false;
}
