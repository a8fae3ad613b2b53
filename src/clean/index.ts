import type { Block, DocumentRecord, Removal } from '../record.js';
import { LIST_ITEM_MAX_CHARS, LIST_MAX_ITEMS } from '../settings.js';
import { endsLikeSentence } from '../text.js';
import { hasNoText, matchBoilerplate } from './matcher.js';

export { matchBoilerplate } from './matcher.js';
export { BOILERPLATE_PHRASES, type BoilerplatePhrase } from './phrases.js';

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
    } else if (listItemsLeft > 0 && isLabel(block)) {
      removals.push({ reason: 'boilerplate:related-list', text: block.text });
      listItemsLeft -= 1;
    } else {
      blocks.push(block);
      listItemsLeft = 0;
    }
  }
  return dropTrailingLabels({ ...record, blocks, removals });
}

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

/** After the last sentence of the story, short labels (tags, topics, a reporter's name) are no story. */
function dropTrailingLabels(record: DocumentRecord): DocumentRecord {
  let end = record.blocks.length;
  while (end > 0 && isLabel(record.blocks[end - 1]!)) end -= 1;
  if (end === 0 || end === record.blocks.length) return record;
  const trailing = record.blocks.slice(end).map((block) => ({ reason: 'boilerplate:trailing-label', text: block.text }));
  return { ...record, blocks: record.blocks.slice(0, end), removals: [...record.removals, ...trailing] };
}
