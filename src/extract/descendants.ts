import type { Cheerio } from 'cheerio';
import { select } from 'cheerio-select';
import type { Element } from 'domhandler';
import type { PageQuery } from '../parse/query.js';

/**
 * `$(element).find(selector)` in linear time. cheerio hands css-select the element's children as a
 * list, which css-select first rids of members nested in others with a search quadratic in their
 * number: an `<article>` of 50,000 children took minutes. Given the element, it just walks below it.
 */
export function descendants($: PageQuery, element: Element, selector: string): Cheerio<Element> {
  return $(select(selector, element));
}
