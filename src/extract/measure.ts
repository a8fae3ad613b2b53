import type { Element } from 'domhandler';
import { isElement } from '../parse/walk.js';

/**
 * A stretch of text as whitespace collapsing sees it: its collapsed length (runs of whitespace
 * count as one space) and whether it starts or ends with whitespace. Spans join without the text,
 * so the text length of every element of a page comes from one bottom-up pass instead of reading
 * each subtree again for each ancestor.
 */
interface Span {
  length: number;
  lead: boolean;
  trail: boolean;
}

const EMPTY: Span = { length: 0, lead: false, trail: false };

function join(a: Span, b: Span): Span {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return { length: a.length + b.length - (a.trail && b.lead ? 1 : 0), lead: a.lead, trail: b.trail };
}

/**
 * The characters `\s` matches, by code: a test per character of every text node of the page, where
 * a regular expression run on a one-character string each time cost more than the rest of the pass.
 */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function spanOf(text: string): Span {
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isSpace(text.charCodeAt(i));
    if (!space || !inSpace) length += 1;
    inSpace = space;
  }
  return length === 0 ? EMPTY : { length, lead: isSpace(text.charCodeAt(0)), trail: inSpace };
}

function trimmed(span: Span): number {
  return Math.max(0, span.length - (span.lead ? 1 : 0) - (span.trail ? 1 : 0));
}

/** Collapsed, trimmed text lengths of the elements below a root, and of the link text inside them. */
export interface TextMeasure {
  /** Characters of the element's text, whitespace runs counted once, ends trimmed. */
  chars(element: Element): number;
  /** The same for the text of the links inside it. */
  linkedChars(element: Element): number;
}

/**
 * Measures the elements at once, given in document order (as `elementsBelow` lists a page); the
 * DOM must not change while the measure is used.
 */
export function measureText(elements: readonly Element[]): TextMeasure {
  const spans = new Map<Element, { text: Span; links: Span }>();
  // Reversed document order visits every element after all of its descendants.
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const element = elements[i]!;
    let text = EMPTY;
    let links = EMPTY;
    for (const child of element.children) {
      if (child.type === 'text') text = join(text, spanOf(child.data));
      else if (isElement(child)) {
        const inner = spans.get(child)!;
        text = join(text, inner.text);
        links = join(links, child.name === 'a' ? inner.text : inner.links);
      }
    }
    spans.set(element, { text, links });
  }
  const of = (element: Element) => spans.get(element) ?? { text: EMPTY, links: EMPTY };
  return { chars: (element) => trimmed(of(element).text), linkedChars: (element) => trimmed(of(element).links) };
}
