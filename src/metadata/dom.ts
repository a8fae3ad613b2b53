import type { PageQuery } from '../parse/query.js';
import type { AnyNode, Element } from 'domhandler';
import { hintNames, isOtherStories, OTHER_STORIES_HINTS } from '../extract/hints.js';
import { collapseWhitespace } from '../text.js';
import { textContent } from '../parse/walk.js';

/**
 * True for an element inside a list, a link or a box of other stories (related, popular, latest):
 * there a date or byline belongs to another story.
 */
export function inListOrBox(element: Element): boolean {
  if (element.name === 'a') return true;
  for (let node = element.parent; node && node.type === 'tag'; node = node.parent) {
    const parent = node as Element;
    if (parent.name === 'li' || parent.name === 'a') return true;
    // Most ancestors' class and id hold no hint at all: no names to build and match for them.
    const { attribs } = parent;
    if ((mentionsOtherStories(attribs.class) || mentionsOtherStories(attribs.id)) && isOtherStories(hintNames(parent))) return true;
  }
  return false;
}

/**
 * A word each other-stories hint holds as written (`baca` of `baca juga`). A hint found in an
 * element's hint names lies whole in its class or its id (splitting camelCase only adds spaces
 * between words), so a class and id that mention none of these words match no hint.
 */
const OTHER_STORIES_WORD = new RegExp(OTHER_STORIES_HINTS.map((hint) => hint.split(' ')[0]).join('|'), 'i');

function mentionsOtherStories(names: string | undefined): boolean {
  return names !== undefined && OTHER_STORIES_WORD.test(names);
}

/** The element's class matches `pattern`; most elements have no class, and no pattern runs for them. */
export function classMatches(element: Element, pattern: RegExp): boolean {
  const names = element.attribs.class;
  return names !== undefined && pattern.test(names);
}

/**
 * The elements each test passes, a list per test in document order, from one walk: on a page of
 * thousands of elements the walk (loading each element and its attributes) costs more than the tests.
 */
export function elementsPassing(elements: readonly Element[], tests: readonly ((element: Element) => boolean)[]): Element[][] {
  const passing = tests.map((): Element[] => []);
  for (const element of elements) {
    for (let i = 0; i < tests.length; i += 1) if (tests[i]!(element)) passing[i]!.push(element);
  }
  return passing;
}

/** True when the element's `itemprop` is `name` (lower case), as `[itemprop="name" i]` selects. */
export function isItemprop(element: Element, name: string): boolean {
  return element.attribs.itemprop?.toLowerCase() === name;
}

/** The texts of every element the selectors match (a `<meta>`'s `content`), in selector order, skipping empty ones. */
export function selectorTexts($: PageQuery, selectors: readonly string[], read: (element: Element) => string = (element) => collapseWhitespace(element.attribs.content ?? textContent(element))): string[] {
  return selectors.flatMap((selector) => ($(selector).toArray() as Element[]).map(read)).filter(Boolean);
}

const LINE_BREAKING = new Set(['br', 'p', 'div', 'li', 'tr', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * An element's text with its line breaks kept as newlines (`Pewarta: A<br>Editor: B`), where
 * cheerio's `.text()` would glue the lines together ("AEditor: B").
 */
export function textWithBreaks(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag') return '';
  const element = node as Element;
  const inner = element.children.map(textWithBreaks).join('');
  return LINE_BREAKING.has(element.name) ? `\n${inner}\n` : inner;
}
