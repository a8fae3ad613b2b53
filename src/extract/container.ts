import type { PageQuery } from '../parse/query.js';
import type { Element } from 'domhandler';
import { CONTAINER_CLIMB_LEVELS, CONTAINER_CLIMB_RATIO, CONTAINER_MAX_LINK_DENSITY, CONTAINER_MIN_TEXT_CHARS, SCORED_PARAGRAPH_MIN_CHARS } from '../settings.js';
import { collapseWhitespace, endsLikeSentence } from '../text.js';
import { bodyElements, elementsBelow, textContent } from '../parse/walk.js';
import { hintNames, isMedia, isNegative, isPositive } from './hints.js';
import { isItemprop } from '../metadata/dom.js';
import { measureText, type TextMeasure } from './measure.js';

/** Paragraph-bearing elements whose text is scored to their ancestors. */
const PARAGRAPHS = new Set(['p', 'pre', 'blockquote', 'h2', 'h3', 'li']);
const SEMANTIC_STORY = new Set(['article', 'main']);
/** Share of a paragraph's points each ancestor gets: parent, grandparent, great-grandparent. */
const ANCESTOR_SHARES = [1, 1 / 2, 1 / 6];

/**
 * Finds the element that holds the story: the marked-up body (`itemprop=articleBody`) when it
 * carries enough text, else the element that collects the most paragraph text with the fewest
 * links, weighed by what its class and id names say. A story split over sibling blocks (one per
 * paragraph or per page section) is gathered by climbing to the ancestor that holds clearly more
 * of the page's paragraph text without becoming a page of links.
 */
export function findContainer($: PageQuery): Element | null {
  const elements = elementsBelow($.root()[0]!);
  // What `[itemprop="articleBody" i]` selects, read from the list the search needs anyway
  // instead of walking the page again for a selector query.
  const marked = elements.filter((element) => isItemprop(element, 'articlebody'));
  const best = marked.sort((a, b) => textLength($, b) - textLength($, a))[0];
  if (best && textLength($, best) >= CONTAINER_MIN_TEXT_CHARS) return best;
  return scoredContainer(elements);
}

/** What the paragraphs below an element add up to. */
interface Tally {
  score: number;
  /** Characters of paragraphs that end like sentences: the story's own text. */
  sentenceChars: number;
  /** Characters of all paragraph units, and of the part of them inside links. */
  unitChars: number;
  linkedChars: number;
}

/** The best-scored element among a page's elements (in document order). */
function scoredContainer(elements: readonly Element[]): Element | null {
  const tallies = new Map<Element, Tally>();
  const boilerplate = new Map<Element, boolean>();
  const measure = measureText(elements);
  for (const unit of paragraphUnits(elements, measure)) {
    if (unit.text.length < SCORED_PARAGRAPH_MIN_CHARS || insideBoilerplate(unit.owner, boilerplate)) continue;
    // A headline in a list of links is no paragraph of a story, however long: it only counts as links.
    const headline = unit.linked * 2 > unit.text.length;
    const sentence = !headline && endsLikeSentence(unit.text);
    const points = headline ? 0 : 1 + (unit.text.match(/[,،、]/g)?.length ?? 0) + Math.min(Math.floor(unit.text.length / 100), 3);
    let level = 0;
    for (let element: Element | null = unit.owner; element; element = parentElement(element), level += 1) {
      const tally = tallies.get(element) ?? { score: 0, sentenceChars: 0, unitChars: 0, linkedChars: 0 };
      tally.score += points * (ANCESTOR_SHARES[level] ?? 0);
      if (sentence) tally.sentenceChars += unit.text.length;
      tally.unitChars += unit.text.length;
      tally.linkedChars += unit.linked;
      tallies.set(element, tally);
    }
  }
  let winner: Element | null = null;
  let winnerScore = 0;
  for (const [element, tally] of tallies) {
    const weighted = tally.score * (1 - linkDensity(measure, element)) * hintWeight(element);
    if (weighted > winnerScore) {
      winner = element;
      winnerScore = weighted;
    }
  }
  return winner && gatherSplitStory(winner, tallies);
}

/**
 * Climbs from the best-scored element to the ancestor that holds clearly more story sentences,
 * when the story is split over sibling blocks. Looks a few levels up at a time, since a wrapper may
 * add only a subheading before the level that joins the sections; stops at a wrapper whose
 * paragraphs are mostly links (the page around the story).
 */
function gatherSplitStory(start: Element, tallies: Map<Element, Tally>): Element {
  let winner = start;
  let ancestor = parentElement(winner);
  for (let level = 1; ancestor && level <= CONTAINER_CLIMB_LEVELS; ancestor = parentElement(ancestor), level += 1) {
    const tally = tallies.get(ancestor);
    if (!tally || tally.linkedChars > tally.unitChars * CONTAINER_MAX_LINK_DENSITY) break;
    if (tally.sentenceChars >= (tallies.get(winner)?.sentenceChars ?? 0) * CONTAINER_CLIMB_RATIO) {
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

/**
 * `<p>`-like elements, and runs of bare text directly inside any other element: pages that write
 * their story as a `<div>` of text and `<br>`s, or as one line of text in a `<div>`.
 */
function paragraphUnits(elements: readonly Element[], measure: TextMeasure): ParagraphUnit[] {
  const paragraphs: ParagraphUnit[] = [];
  const bare: ParagraphUnit[] = [];
  for (const element of bodyElements(elements)) {
    if (PARAGRAPHS.has(element.name)) {
      const parent = parentElement(element);
      // Too short to score: skip reading its text.
      if (parent && measure.chars(element) >= SCORED_PARAGRAPH_MIN_CHARS) {
        paragraphs.push({ owner: parent, text: collapseWhitespace(textContent(element)), linked: measure.linkedChars(element) });
      }
    } else if (element.name !== 'a') {
      for (const child of element.children) {
        // Collapsing never lengthens a text: most text nodes (indentation) are too short to collapse.
        if (child.type !== 'text' || child.data.length < SCORED_PARAGRAPH_MIN_CHARS) continue;
        const text = collapseWhitespace(child.data);
        if (text.length >= SCORED_PARAGRAPH_MIN_CHARS) bare.push({ owner: element, text, linked: 0 });
      }
    }
  }
  return [...paragraphs, ...bare];
}

/** True when the element or an ancestor is named like a related box, comments, ads... (memoised). */
function insideBoilerplate(element: Element | null, memo: Map<Element, boolean>): boolean {
  if (!element) return false;
  const known = memo.get(element);
  if (known !== undefined) return known;
  // Inside an <article> or <main>, the page has said where the story is: names further out
  // (a "theiaStickySidebar" wrapping the whole column) no longer count.
  const verdict = namedBoilerplate(element) || (!SEMANTIC_STORY.has(element.name) && insideBoilerplate(parentElement(element), memo));
  memo.set(element, verdict);
  return verdict;
}

function namedBoilerplate(element: Element): boolean {
  const names = hintNames(element);
  return isNegative(names) && !isPositive(names);
}

/** The parent when it is an element below `<body>`: the search never climbs to the whole page. */
function parentElement(element: Element): Element | null {
  const parent = element.parent;
  if (!parent || parent.type !== 'tag') return null;
  const name = (parent as Element).name;
  return name === 'body' || name === 'html' ? null : (parent as Element);
}

function textLength($: PageQuery, element: Element): number {
  return $(element).text().replace(/\s+/g, ' ').trim().length;
}

function linkDensity(measure: TextMeasure, element: Element): number {
  const total = measure.chars(element);
  if (total === 0) return 1;
  return Math.min(measure.linkedChars(element) / total, 1);
}

function hintWeight(element: Element): number {
  const names = hintNames(element);
  const positive = isPositive(names);
  if (!positive && (isNegative(names) || isMedia(names))) return 0.5;
  return positive ? 1.25 : 1;
}
