import type { AnyNode, Element } from 'domhandler';
import type { Block, BlockKind } from '../record.js';
import { textContent } from '../parse/walk.js';
import { collapseWhitespace } from '../text.js';

const BLOCK_KIND: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  blockquote: 'quote', pre: 'preformatted',
};

/** Elements that end the paragraph before them and start a new one. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption',
  'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'hr',
  'address', 'center', 'details', 'summary', 'fieldset', 'form', 'nav',
  ...Object.keys(BLOCK_KIND),
]);

/**
 * Turns a container into paragraphs in reading order: every block element ends a paragraph (a
 * table row is one), and so does `<br><br>` (sites that write their story as one `<div>` of text and line breaks); a single
 * `<br>` is a space.
 */
export function containerBlocks(container: Element): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let linkedChars = 0;
  let kind: BlockKind = 'paragraph';
  let breaks = 0;

  const flush = (): void => {
    const text = collapseWhitespace(buffer);
    if (text) blocks.push(linkedChars * 2 > text.length ? { text, kind, linked: true } : { text, kind });
    buffer = '';
    linkedChars = 0;
    breaks = 0;
  };

  const visit = (node: AnyNode, inherited: BlockKind, inLink: boolean): void => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (data.trim() === '') {
        buffer += ' ';
        return;
      }
      if (breaks >= 2) flush();
      breaks = 0;
      kind = inherited;
      buffer += data;
      if (inLink) linkedChars += data.trim().length;
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (name === 'br') {
      // `<strong>Subheading</strong><br>text`: a bold run that is all the paragraph holds so far,
      // ended by a line break, is a subheading of its own.
      if (breaks === 0 && startsWithBoldRun(element, buffer)) {
        kind = 'heading';
        flush();
        kind = inherited;
        return;
      }
      breaks += 1;
      buffer += ' ';
      return;
    }
    const linked = inLink || name === 'a';
    // A table row is one line: its cells are words of it, not paragraphs of their own.
    if (name === 'td' || name === 'th') buffer += ' ';
    if (!BLOCK_ELEMENTS.has(name)) {
      for (const child of element.children) visit(child, inherited, linked);
      return;
    }
    flush();
    const own = BLOCK_KIND[name] ?? inherited;
    for (const child of element.children) visit(child, own, linked);
    flush();
  };

  for (const child of container.children) visit(child, 'paragraph', false);
  flush();
  return blocks;
}

const BOLD = new Set(['strong', 'b']);

function startsWithBoldRun(lineBreak: Element, buffer: string): boolean {
  let previous = lineBreak.prev;
  while (previous && previous.type === 'text' && previous.data.trim() === '') previous = previous.prev;
  if (!previous || previous.type !== 'tag' || !BOLD.has((previous as Element).name)) return false;
  const bold = collapseWhitespace(textContent(previous));
  return bold.length > 0 && bold === collapseWhitespace(buffer);
}
