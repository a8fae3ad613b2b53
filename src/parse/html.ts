import type { HtmlPage } from '../record.js';
import { JSON_LD_MAX_DEPTH } from '../settings.js';
import { collapseWhitespace } from '../text.js';
import { parseDom } from './dom.js';
import { pageQuery } from './query.js';
import { bodyElements, elementsBelow, textContent } from './walk.js';

/**
 * Parses a page and reads what later stages need from its head and structured data before any
 * stage removes scripts or rewrites the DOM. The page comes whole or in pieces (`decodeChunks`).
 * Throws for a page over the DOM limits (`input` names it).
 */
export function parseHtml(source: string | readonly string[], input = '<input>'): HtmlPage {
  const $ = pageQuery(parseDom(source, input));
  const elements = elementsBelow($.root()[0]!);
  const meta = new Map<string, string[]>();
  const jsonLd: Record<string, unknown>[] = [];
  let canonical: string | null = null;
  let htmlLang: string | undefined;
  let documentTitle: string | null = null;
  for (const element of elements) {
    const { attribs } = element;
    switch (element.name) {
      case 'meta': {
        const key = attribs.property ?? attribs.name ?? attribs.itemprop;
        if (!key || attribs.content === undefined) break;
        const lower = key.toLowerCase();
        meta.set(lower, [...(meta.get(lower) ?? []), attribs.content.trim()]);
        break;
      }
      case 'script':
        if (attribs.type?.toLowerCase() === 'application/ld+json') {
          // One at a time: spreading a block of 200,000 objects into push() overflows the stack.
          for (const object of parseJsonLd(textContent(element))) jsonLd.push(object);
        }
        break;
      case 'link':
        if (canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '')) canonical = attribs.href?.trim() || null;
        break;
      case 'html':
        htmlLang ??= attribs.lang;
        break;
      case 'title':
        if (documentTitle === null) documentTitle = collapseWhitespace(textContent(element));
        break;
    }
  }
  const lang = (htmlLang ?? meta.get('content-language')?.[0] ?? '').trim() || null;
  return { $, elements, body: bodyElements(elements), meta, jsonLd, canonical, lang, documentTitle: documentTitle || null };
}

/**
 * JSON-LD objects of one script, `@graph` members flattened; broken JSON (common) yields none, and
 * so does JSON nested deeper than `JSON_LD_MAX_DEPTH`, which every reader of it walks recursively.
 */
export function parseJsonLd(text: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(text.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return [];
  }
  if (nestedDeeperThan(data, JSON_LD_MAX_DEPTH)) return [];
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Record<string, unknown>);
      const graph = (node as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  visit(data);
  return out;
}

/** True when arrays and objects nest more than `levels` deep; counted without recursion. */
function nestedDeeperThan(value: unknown, levels: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth > levels) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
