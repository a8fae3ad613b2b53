import { hasNoText, matchBoilerplate } from '../clean/matcher.js';
import type { Block, DocumentRecord, Removal } from '../record.js';
import { HEADER_META_MAX_CHARS, TITLE_MAX_CHARS } from '../settings.js';
import { collapseWhitespace, endsLikeSentence } from '../text.js';

/**
 * Text pages: every non-blank line is a block. What comes before the first body paragraph is the
 * page's header: menu labels, the headline, then bylines, dates and section names. The headline is
 * its first line of three words or more that is not a sentence; the short lines around it go as
 * header boilerplate. A page without a clear body start loses no line to this: its title is its
 * first non-boilerplate line, if that looks like a headline.
 */
export function extractText(record: DocumentRecord, lines: string[]): DocumentRecord {
  const blocks: Block[] = lines
    .map((line) => collapseWhitespace(line))
    .filter((text) => text !== '')
    .map((text) => ({ text, kind: 'line' as const }));
  // Lines the clean stage drops (boilerplate, no letters at all: "-…") can be neither headline nor body start.
  const candidates = blocks.map((block, index) => ({ block, index })).filter(({ block }) => !matchBoilerplate(block.text) && !hasNoText(block.text));
  const bodyStart = candidates.find(({ block }) => isBodyParagraph(block.text))?.index ?? -1;
  const header = candidates.filter(({ index }) => index < bodyStart);
  const title =
    bodyStart === -1
      ? candidates.slice(0, 1).find(({ block }) => looksLikeHeadline(block.text))
      : header.find(({ block }) => looksLikeHeadline(block.text) && wordCount(block.text) >= 3) ??
        header.slice(0, 1).find(({ block }) => looksLikeHeadline(block.text));
  if (!title) return { ...record, blocks };

  const removals: Removal[] = [];
  const dropped = new Set<number>([title.index]);
  for (const { block, index } of header) {
    if (index === title.index || block.text.length > HEADER_META_MAX_CHARS) continue;
    removals.push({ reason: index < title.index ? 'boilerplate:before-headline' : 'boilerplate:header-meta', text: block.text });
    dropped.add(index);
  }
  return {
    ...record,
    title: title.block.text,
    blocks: blocks.filter((_, index) => !dropped.has(index)),
    removals: [...record.removals, ...removals],
  };
}

/** Short, and not ending like a statement or a lead-in (headlines may end in ? or !). */
export function looksLikeHeadline(text: string): boolean {
  return text.length <= TITLE_MAX_CHARS && !/[.,;:…]$/.test(text);
}

/** A line that can only be story text: too long for a headline, or a finished statement. */
function isBodyParagraph(text: string): boolean {
  return text.length > TITLE_MAX_CHARS || endsLikeSentence(text, '.…。｡');
}

function wordCount(text: string): number {
  return text.split(' ').length;
}
