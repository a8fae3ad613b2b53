import { matchBoilerplate } from '../clean/matcher.js';
import type { Block, DocumentRecord } from '../record.js';
import { TITLE_MAX_CHARS } from '../settings.js';
import { collapseWhitespace } from '../text.js';

/**
 * Text pages: every non-blank line is a block. The headline is the first line that is neither
 * boilerplate nor a sentence, provided it comes before the body starts; a page that opens with a
 * body paragraph has no title rather than a wrong one.
 */
export function extractText(record: DocumentRecord, lines: string[]): DocumentRecord {
  const blocks: Block[] = lines
    .map((line) => collapseWhitespace(line))
    .filter((text) => text !== '')
    .map((text) => ({ text, kind: 'line' as const }));
  const titleAt = blocks.findIndex((block) => !matchBoilerplate(block.text));
  const candidate = blocks[titleAt];
  if (!candidate || !looksLikeHeadline(candidate.text)) return { ...record, blocks };
  return { ...record, title: candidate.text, blocks: blocks.filter((_, index) => index !== titleAt) };
}

/** Short, and not ending like a sentence or a lead-in (headlines may end in ? or !). */
export function looksLikeHeadline(text: string): boolean {
  return text.length <= TITLE_MAX_CHARS && !/[.,;:…]$/.test(text);
}
