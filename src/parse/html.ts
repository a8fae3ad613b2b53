// cheerio/slim parses with htmlparser2 only: several times faster than parse5 on news pages,
// and it never pulls parse5 in.
import { load } from 'cheerio/slim';
import type { HtmlPage } from '../record.js';
import { JSON_LD_MAX_DEPTH } from '../settings.js';
import { collapseWhitespace } from '../text.js';
import { parseDom } from './dom.js';

/**
 * Parses a page and reads what later stages need from its head and structured data before any
 * stage removes scripts or rewrites the DOM. Throws for a page over the DOM limits (`input` names it).
 */
export function parseHtml(source: string, input = '<input>'): HtmlPage {
  const $ = load(parseDom(source, input));
  const meta = new Map<string, string[]>();
  $('meta').each((_, element) => {
    const key = element.attribs.property ?? element.attribs.name ?? element.attribs.itemprop;
    const content = element.attribs.content;
    if (!key || content === undefined) return;
    const lower = key.toLowerCase();
    meta.set(lower, [...(meta.get(lower) ?? []), content.trim()]);
  });
  const jsonLd: Record<string, unknown>[] = [];
  $('script[type="application/ld+json" i]').each((_, element) => {
    // One at a time: spreading a block of 200,000 objects into push() overflows the stack.
    for (const object of parseJsonLd($(element).text())) jsonLd.push(object);
  });
  const canonical = $('link[rel~="canonical" i]').attr('href')?.trim() || null;
  const lang = ($('html').attr('lang') ?? meta.get('content-language')?.[0] ?? '').trim() || null;
  const documentTitle = collapseWhitespace($('title').first().text()) || null;
  return { $, meta, jsonLd, canonical, lang, documentTitle };
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
