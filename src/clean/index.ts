import type { Block, DocumentRecord, Removal } from '../record.js';
import { HEADER_META_MAX_CHARS, LIST_ITEM_MAX_CHARS, LIST_MAX_ITEMS, TEASER_LIST_MIN_ITEMS, TEASER_MAX_CHARS } from '../settings.js';
import { endsLikeSentence } from '../text.js';
import { hasNoText, matchBoilerplate } from './matcher.js';

export { matchBoilerplate } from './matcher.js';
export { BOILERPLATE_PHRASES, type BoilerplatePhrase } from './phrases/index.js';

/**
 * The clean stage: drops every block that is only boilerplate, the headlines listed under a
 * related/popular header, and the labels (tags, names, topics) trailing after the story's last
 * sentence. Each removal keeps its reason (`boilerplate:<phrase id>`).
 */
export function cleanBoilerplate(record: DocumentRecord): DocumentRecord {
  const blocks: Block[] = [];
  const removals: Removal[] = [...record.removals];
  let listItemsLeft = 0;
  for (const block of record.blocks) {
    const reason = boilerplateReason(block);
    if (reason) {
      removals.push({ reason, text: block.text });
      listItemsLeft = matchBoilerplate(block.text)?.startsList ? LIST_MAX_ITEMS : 0;
    } else if (listItemsLeft > 0 && (block.linked || isLabel(block))) {
      removals.push({ reason: 'boilerplate:related-list', text: block.text });
      listItemsLeft -= 1;
    } else {
      blocks.push(block);
      listItemsLeft = 0;
    }
  }
  return dropTrailingLabels(dropLeadingMeta({ ...record, blocks, removals }));
}

/**
 * Before an HTML story's first sentence, short lines are its kicker, byline, date, printed address
 * or a stray caption; a dateline ("Jakarta -") is the story's own start and stays. Text pages get
 * the same treatment when their headline is found (see extract/text.ts).
 */
function dropLeadingMeta(record: DocumentRecord): DocumentRecord {
  if (record.type !== 'html') return record;
  const firstSentence = record.blocks.findIndex((block) => endsLikeSentence(block.text) || block.text.length > HEADER_META_MAX_CHARS);
  if (firstSentence <= 0) return record;
  const leading = record.blocks.slice(0, firstSentence).filter((block) => !DATELINE.test(block.text));
  if (leading.length === 0) return record;
  const dropped = new Set(leading);
  return {
    ...record,
    blocks: record.blocks.filter((block) => !dropped.has(block)),
    removals: [...record.removals, ...leading.map((block) => ({ reason: 'boilerplate:header-meta', text: block.text }))],
  };
}

/** The place name (and newsroom) that opens an Indonesian story: `Jakarta -`, `JAKARTA, KOMPAS.com -`. */
const DATELINE = /^[\p{Lu}][\p{L}.,() ]{1,60}\s*[-–—]+$/u;

function boilerplateReason(block: Block): string | null {
  if (hasNoText(block.text)) return 'boilerplate:no-text';
  const phrase = matchBoilerplate(block.text);
  return phrase ? `boilerplate:${phrase.id}` : null;
}

/**
 * A headline in a list or a tag: short and not a sentence. List items and headings of HTML pages
 * are structure the author chose, and a bulleted line is a list item too, so neither counts.
 */
function isLabel(block: Block): boolean {
  return (
    block.text.length <= LIST_ITEM_MAX_CHARS &&
    !/[.:;,]$/.test(block.text) &&
    !endsLikeSentence(block.text) &&
    block.kind !== 'heading' &&
    block.kind !== 'list-item' &&
    !/^(?:[-•*–]|\d{1,2}[.)])\s/.test(block.text)
  );
}

/**
 * After the story's last sentence, short labels (tags, topics, a reporter's name) are no story; nor
 * is a run of headline-and-teaser pairs (a "recommended" list that came inside the container).
 */
function dropTrailingLabels(record: DocumentRecord): DocumentRecord {
  const { blocks } = record;
  let end = blocks.length;
  let headlines = 0;
  let teasers = 0;
  while (end > 0) {
    const block = blocks[end - 1]!;
    const previous = blocks[end - 2];
    if (isLabel(block)) {
      end -= 1;
      headlines += 1;
    } else if (previous && isLabel(previous) && isTeaser(block)) {
      end -= 2;
      headlines += 1;
      teasers += 1;
    } else break;
  }
  // One subheading and a short closing paragraph are the story's own; a list has several pairs.
  if (teasers > 0 && headlines < TEASER_LIST_MIN_ITEMS) end = trailingLabelsOnly(blocks);
  if (end === 0 || end === blocks.length) return record;
  const reason = teasers > 0 ? 'boilerplate:teaser-list' : 'boilerplate:trailing-label';
  const trailing = blocks.slice(end).map((block) => ({ reason, text: block.text }));
  return { ...record, blocks: blocks.slice(0, end), removals: [...record.removals, ...trailing] };
}

function trailingLabelsOnly(blocks: Block[]): number {
  let end = blocks.length;
  while (end > 0 && isLabel(blocks[end - 1]!)) end -= 1;
  return end;
}

/** The one-sentence summary under a headline in a list of stories. */
function isTeaser(block: Block): boolean {
  return block.text.length <= TEASER_MAX_CHARS && endsLikeSentence(block.text);
}
