import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { CONTAINER_CLIMB_LEVELS, CONTAINER_CLIMB_RATIO, CONTAINER_MAX_LINK_DENSITY, CONTAINER_MIN_TEXT_CHARS, SCORED_PARAGRAPH_MIN_CHARS } from '../settings.js';
import { isNegative, isPositive } from './hints.js';

/** Paragraph-bearing elements whose text is scored to their ancestors. */
const PARAGRAPHS = 'p, pre, blockquote, h2, h3, li';
/** Share of a paragraph's points each ancestor gets: parent, grandparent, great-grandparent. */
const ANCESTOR_SHARES = [1, 1 / 2, 1 / 6];

/**
 * Finds the element that holds the story: the marked-up body (`itemprop=articleBody`) when it
 * carries enough text, else the element that collects the most paragraph text with the fewest
 * links, weighed by what its class and id names say. A story split over sibling blocks (one per
 * paragraph or per page section) is gathered by climbing to the ancestor that holds clearly more
 * of the page's paragraph text without becoming a page of links.
 */
export function findContainer($: CheerioAPI): Element | null {
  const marked = $('[itemprop="articleBody" i]').toArray();
  const best = marked.sort((a, b) => textLength($, b) - textLength($, a))[0];
  if (best && textLength($, best) >= CONTAINER_MIN_TEXT_CHARS) return best;
  return scoredContainer($);
}

function scoredContainer($: CheerioAPI): Element | null {
  const scores = new Map<Element, number>();
  const paragraphChars = new Map<Element, number>();
  const linkedChars = new Map<Element, number>();
  const boilerplate = new Map<Element, boolean>();
  for (const unit of paragraphUnits($)) {
    if (unit.text.length < SCORED_PARAGRAPH_MIN_CHARS || insideBoilerplate(unit.owner, boilerplate)) continue;
    const points = 1 + (unit.text.match(/[,،、]/g)?.length ?? 0) + Math.min(Math.floor(unit.text.length / 100), 3);
    let level = 0;
    for (let element: Element | null = unit.owner; element; element = parentElement(element), level += 1) {
      paragraphChars.set(element, (paragraphChars.get(element) ?? 0) + unit.text.length);
      linkedChars.set(element, (linkedChars.get(element) ?? 0) + unit.linked);
      const share = ANCESTOR_SHARES[level];
      if (share !== undefined) scores.set(element, (scores.get(element) ?? 0) + points * share);
    }
  }
  let winner: Element | null = null;
  let winnerScore = 0;
  for (const [element, score] of scores) {
    const weighted = score * (1 - linkDensity($, element)) * hintWeight(element);
    if (weighted > winnerScore) {
      winner = element;
      winnerScore = weighted;
    }
  }
  return winner && gatherSplitStory(winner, paragraphChars, linkedChars);
}

/**
 * Climbs from the best-scored element to the ancestor that holds clearly more paragraph text, when
 * the story is split over sibling blocks. Looks a few levels up at a time, since a wrapper may add
 * only a subheading before the level that joins the sections.
 */
function gatherSplitStory(start: Element, paragraphChars: Map<Element, number>, linkedChars: Map<Element, number>): Element {
  let winner = start;
  let ancestor = parentElement(winner);
  for (let level = 1; ancestor && level <= CONTAINER_CLIMB_LEVELS; ancestor = parentElement(ancestor), level += 1) {
    const chars = paragraphChars.get(ancestor) ?? 0;
    // Judged on its paragraphs only: a related box's links, pruned later anyway, must not stop the climb.
    if ((linkedChars.get(ancestor) ?? 0) > chars * CONTAINER_MAX_LINK_DENSITY) break;
    if (chars >= (paragraphChars.get(winner) ?? 0) * CONTAINER_CLIMB_RATIO) {
      winner = ancestor;
      level = 0;
    }
  }
  return winner;
}

interface ParagraphUnit {
  /** The element the paragraph's text belongs to: a `<p>`'s parent, or a `<div>` of bare text. */
  owner: Element;
  text: string;
  /** Characters of the text inside links. */
  linked: number;
}

/** `<p>`-like elements, and runs of bare text between `<br>`s directly inside any element. */
function* paragraphUnits($: CheerioAPI): Generator<ParagraphUnit> {
  for (const element of $(PARAGRAPHS).toArray()) {
    const parent = parentElement(element);
    if (parent) yield { owner: parent, text: $(element).text().trim(), linked: $(element).find('a').text().trim().length };
  }
  for (const element of $('br').toArray()) {
    const parent = parentElement(element);
    const previous = element.prev;
    if (parent && previous?.type === 'text') {
      yield { owner: parent, text: (previous as unknown as { data: string }).data.trim(), linked: 0 };
    }
  }
}

/** True when the element or an ancestor is named like a related box, comments, ads... (memoised). */
function insideBoilerplate(element: Element | null, memo: Map<Element, boolean>): boolean {
  if (!element) return false;
  const known = memo.get(element);
  if (known !== undefined) return known;
  const verdict = namedBoilerplate(element) || insideBoilerplate(parentElement(element), memo);
  memo.set(element, verdict);
  return verdict;
}

function namedBoilerplate(element: Element): boolean {
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  return isNegative(names) && !isPositive(names);
}

/** The parent when it is an element below `<body>`: the search never climbs to the whole page. */
function parentElement(element: Element): Element | null {
  const parent = element.parent;
  if (!parent || parent.type !== 'tag') return null;
  const name = (parent as Element).name;
  return name === 'body' || name === 'html' ? null : (parent as Element);
}

function textLength($: CheerioAPI, element: Element): number {
  return $(element).text().replace(/\s+/g, ' ').trim().length;
}

function linkDensity($: CheerioAPI, element: Element): number {
  const total = textLength($, element);
  if (total === 0) return 1;
  const linked = $(element).find('a').text().replace(/\s+/g, ' ').trim().length;
  return Math.min(linked / total, 1);
}

function hintWeight(element: Element): number {
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  if (isNegative(names) && !isPositive(names)) return 0.5;
  return isPositive(names) ? 1.25 : 1;
}
