import type { Block, DocumentRecord, HtmlPage } from '../record.js';
import { JSON_LD_BODY_PREFERRED_RATIO } from '../settings.js';
import { collapseWhitespace } from '../text.js';
import { firstJsonLdString } from '../metadata/json-ld.js';
import { siteNames } from '../metadata/site.js';
import { containerBlocks } from './blocks.js';
import { findContainer } from './container.js';
import { dropNonContent, pruneContainer } from './prune.js';
import { dropRuled, ruledContainer } from './ruled.js';
import { ruleForUrl } from '../sites/index.js';
import { chooseTitle } from './title.js';

/**
 * HTML pages: the headline from the page's metadata and `<h1>`, the body from the site rule's
 * container or else the one the DOM search finds, pruned and split into paragraphs. JSON-LD `articleBody` stands in when the DOM
 * gave much less text than it (pages that render their story with scripts).
 */
export function extractHtml(record: DocumentRecord, page: HtmlPage): DocumentRecord {
  const { $ } = page;
  const title = chooseTitle(page, siteNames(page, record.fetchedUrl));
  const rule = ruleForUrl(record.url);
  dropNonContent($, page.elements);
  const container = (rule && ruledContainer($, rule)) ?? findContainer($);
  const removals = container ? [...dropRuled($, container, rule), ...pruneContainer($, container)] : [];
  let blocks: Block[] = container ? containerBlocks(container) : [];
  const structured = firstJsonLdString(page.jsonLd, 'articleBody');
  if (structured && textLength(blocks) < structured.length * JSON_LD_BODY_PREFERRED_RATIO) {
    blocks = structuredBlocks(structured);
  }
  return { ...record, title, blocks, removals: [...record.removals, ...removals] };
}

function structuredBlocks(body: string): Block[] {
  return body
    .split(/\r?\n/)
    .map(collapseWhitespace)
    .filter(Boolean)
    .map((text) => ({ text, kind: 'paragraph' as const }));
}

function textLength(blocks: Block[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}
