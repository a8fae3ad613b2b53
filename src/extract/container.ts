import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { CONTAINER_MIN_TEXT_CHARS, SCORED_PARAGRAPH_MIN_CHARS } from '../settings.js';
import { isNegative, isPositive } from './hints.js';

/** Paragraph-bearing elements whose text is scored to their ancestors. */
const PARAGRAPHS = 'p, pre, blockquote, h2, h3, li';

/**
 * Finds the element that holds the story: the marked-up body (`itemprop=articleBody`, a single
 * `<article>`) when it carries enough text, else the element that collects the most paragraph text
 * with the fewest links, weighed by what its class and id names say.
 */
export function findContainer($: CheerioAPI): Element | null {
  const marked = $('[itemprop="articleBody"], [itemprop="articlebody"]').toArray();
  const best = marked.sort((a, b) => textLength($, b) - textLength($, a))[0];
  if (best && textLength($, best) >= CONTAINER_MIN_TEXT_CHARS) return best;
  return scoredContainer($);
}

function scoredContainer($: CheerioAPI): Element | null {
  const scores = new Map<Element, number>();
  const credit = (element: Element | null, points: number): void => {
    if (!element || element.type !== 'tag' || element.name === 'body' || element.name === 'html') return;
    scores.set(element, (scores.get(element) ?? 0) + points);
  };
  for (const unit of paragraphUnits($)) {
    const text = unit.text;
    if (text.length < SCORED_PARAGRAPH_MIN_CHARS) continue;
    const points = 1 + (text.match(/[,،、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    credit(unit.owner, points);
    credit(parentElement(unit.owner), points / 2);
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
  return winner;
}

interface ParagraphUnit {
  /** The element the paragraph's text belongs to: a `<p>`'s parent, or a `<div>` of bare text. */
  owner: Element;
  text: string;
}

/** `<p>`-like elements, and runs of bare text between `<br>`s directly inside any element. */
function* paragraphUnits($: CheerioAPI): Generator<ParagraphUnit> {
  for (const element of $(PARAGRAPHS).toArray()) {
    const parent = parentElement(element);
    if (parent) yield { owner: parent, text: $(element).text().trim() };
  }
  for (const element of $('br').toArray()) {
    const parent = parentElement(element);
    const previous = element.prev;
    if (parent && previous?.type === 'text') {
      yield { owner: parent, text: (previous as unknown as { data: string }).data.trim() };
    }
  }
}

function parentElement(element: Element): Element | null {
  const parent = element.parent;
  return parent && parent.type === 'tag' ? (parent as Element) : null;
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
