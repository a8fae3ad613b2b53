import type { Cheerio } from 'cheerio';
// cheerio/slim: htmlparser2 only, it never pulls parse5 in.
import { load } from 'cheerio/slim';
import type { AnyNode, Document } from 'domhandler';
import { parseDom } from './dom.js';

/**
 * A page's cheerio: selections from the page's root, wrappers for its nodes, and the root itself,
 * which is all the stages ask of cheerio.
 */
export interface PageQuery {
  <T extends AnyNode = AnyNode>(selector: string | T | T[]): Cheerio<T>;
  root(): Cheerio<Document>;
}

/**
 * One cheerio loader for the whole process, told each page's root at each call. `load()` defines a
 * class per call, and V8 keeps class shapes in the old generation: as long as one pointed at the
 * page, every young collection kept the whole DOM alive and moved it to the old generation (630 KB a
 * page against 22 KB without), where only full collections free it, on the garbage collector's
 * threads.
 */
const LOADER = load([]);

export function pageQuery(root: Document): PageQuery {
  const query = (<T extends AnyNode>(selector: string | T | T[]) => LOADER(selector, undefined, root) as Cheerio<T>) as PageQuery;
  query.root = () => LOADER(root);
  return query;
}

/**
 * A page parsed as the parse stage parses it (the DOM limits included: `input` names it in their
 * errors), for the fetch and discovery stages, which only look links up in it.
 */
export function queryHtml(html: string, input: string): PageQuery {
  return pageQuery(parseDom(html, input));
}
