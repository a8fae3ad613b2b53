import type { PageQuery } from '../parse/query.js';
import type { Element } from 'domhandler';
import type { Removal } from '../record.js';
import { CONTAINER_MIN_TEXT_CHARS } from '../settings.js';
import type { SiteRule } from '../sites/index.js';
import { collapseWhitespace } from '../text.js';
import { isInside } from './prune.js';
import { descendants } from './descendants.js';

/** The body a site rule names: its first selector that matches an element with enough text. */
export function ruledContainer($: PageQuery, rule: SiteRule): Element | null {
  for (const selector of rule.body ?? []) {
    const element = ($(selector).toArray() as Element[]).find(
      (candidate) => collapseWhitespace($(candidate).text()).length >= CONTAINER_MIN_TEXT_CHARS,
    );
    if (element) return element;
  }
  return null;
}

/** Removes what the rule knows to be boilerplate inside the body, each with its reason. */
export function dropRuled($: PageQuery, container: Element, rule: SiteRule | null): Removal[] {
  const removals: Removal[] = [];
  for (const selector of rule?.drop ?? []) {
    descendants($, container, selector)
      .each((_, element) => {
        if (!isInside(element, container)) return; // went with an ancestor the rule also names
        const text = collapseWhitespace($(element).text());
        if (text) removals.push({ reason: `boilerplate:site-drop`, text });
        $(element).remove();
      });
  }
  return removals;
}

