import type { Block, DocumentRecord, Removal } from '../record.js';
import { LIST_ITEM_MAX_CHARS, LIST_MAX_ITEMS } from '../settings.js';
import { hasNoText, matchBoilerplate } from './matcher.js';

export { matchBoilerplate } from './matcher.js';
export { BOILERPLATE_PHRASES, type BoilerplatePhrase } from './phrases.js';

/**
 * The clean stage: drops every block that is only boilerplate, and the headlines listed under a
 * related/popular header. Each removal keeps its reason (`boilerplate:<phrase id>`).
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
    } else if (listItemsLeft > 0 && isListedHeadline(block)) {
      removals.push({ reason: 'boilerplate:related-list', text: block.text });
      listItemsLeft -= 1;
    } else {
      blocks.push(block);
      listItemsLeft = 0;
    }
  }
  return { ...record, blocks, removals };
}

function boilerplateReason(block: Block): string | null {
  if (hasNoText(block.text)) return 'boilerplate:no-text';
  const phrase = matchBoilerplate(block.text);
  return phrase ? `boilerplate:${phrase.id}` : null;
}

/** A headline in a list: short, and not a sentence (headlines carry no full stop). */
function isListedHeadline(block: Block): boolean {
  return block.text.length <= LIST_ITEM_MAX_CHARS && !/[.:;,]$/.test(block.text) && block.kind !== 'heading';
}
