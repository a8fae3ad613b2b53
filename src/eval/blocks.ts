/**
 * The deterministic block segmentation of ../shared/tools/blocks.py, on cheerio's htmlparser2 tree: score.py
 * counts an output line as leaked when it is one of the page's blocks that the gold does not have.
 *
 * blocks.py walks Python's HTMLParser events; this walks the tree htmlparser2 builds from the same markup. They
 * give the same blocks on every page of the shared corpora (test/unit/eval-agreement.test.ts checks), and part
 * only where htmlparser2 repairs markup that Python takes literally: a stray block end tag with nothing open
 * (Python starts a new block there), `</br>` (Python ignores it) and a `<head>` never closed (Python skips the
 * rest of the page).
 */
import { load } from 'cheerio/slim';
import { isTag, isText, type AnyNode } from 'domhandler';
import { foldWhitespace, hasWordChar } from './python-text.js';

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'head',
]);
// The block-level elements of blocks.py, and <br>, which closes a block too.
const BLOCK_BOUNDARIES = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'title', 'button', 'label', 'option', 'br',
]);

/** The text of each block of a saved page, in page order, whitespace collapsed; blocks without a word dropped. */
export function pageBlocks(bytes: Buffer): string[] {
  return segmentBlocks(decodeAsDeclared(bytes));
}

/**
 * Text gathers into the current block; every start and end of a block-level element, and `<br>`, closes it.
 * Self-closing tags are honoured as Python's parser does, so `<iframe/>` does not swallow the text after it.
 */
export function segmentBlocks(html: string): string[] {
  const $ = load(html, { xml: { xmlMode: false, recognizeSelfClosing: true } });
  const blocks: string[] = [];
  let pending: string[] = [];
  const closeBlock = (): void => {
    const text = foldWhitespace(pending.join(''));
    pending = [];
    if (hasWordChar(text)) blocks.push(text);
  };
  const visit = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) pending.push(node.data);
      if (!isTag(node) || SKIPPED.has(node.name)) continue;
      const bounded = BLOCK_BOUNDARIES.has(node.name);
      if (bounded) closeBlock();
      visit(node.children);
      if (bounded) closeBlock();
    }
  };
  visit($.root().contents().toArray());
  closeBlock();
  return blocks;
}

const LATIN_1_NAMES = new Set(['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'ibm819']);
const ASCII_NAMES = new Set(['ascii', 'us_ascii', '646']);

/**
 * blocks.py's decoding: the first `charset=` within the first 4096 bytes (read with non-ASCII bytes dropped),
 * else UTF-8; undecodable bytes become U+FFFD. Python's latin-1 maps bytes one to one, where TextDecoder would
 * read that label as windows-1252; other labels go to TextDecoder, whose tables are Python's but for a few
 * bytes a code page leaves undefined.
 */
export function decodeAsDeclared(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1').replace(/[^\x00-\x7f]/g, '');
  const label = /charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  // Python looks codecs up by the label lower-cased, with runs of other characters than [a-z0-9.] made "_".
  const codec = label.toLowerCase().replace(/[^a-z0-9.]+/g, '_');
  if (LATIN_1_NAMES.has(codec)) return bytes.toString('latin1');
  if (ASCII_NAMES.has(codec)) return bytes.toString('latin1').replace(/[\x80-\xff]/g, '\ufffd');
  return decodeLabelled(codec === 'utf_8' ? 'utf-8' : label, bytes);
}

/** Keeps a byte-order mark, as Python's codecs do; a label TextDecoder does not know falls back to UTF-8. */
function decodeLabelled(label: string, bytes: Buffer): string {
  let decoder;
  try {
    decoder = new TextDecoder(label, { ignoreBOM: true });
  } catch {
    decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  }
  return decoder.decode(bytes);
}
