import { type AnyNode, hasChildren } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { jsonLdString } from '../../src/metadata/json-ld.js';
import { decodeBytes } from '../../src/parse/index.js';
import type { DocumentType } from '../../src/record.js';
import { JSON_LD_MAX_DEPTH } from '../../src/settings.js';
import { collapseWhitespace } from '../../src/text.js';

/**
 * Property (c), "every output paragraph is made only of text present in the input", made precise.
 *
 * The input's text is what kliping reads it as: its decoded lines for a text document; for an HTML
 * page the text nodes of its DOM with entities decoded (script and style text included) and the
 * strings of its JSON-LD (`articleBody` stands in for the DOM; an array is read joined by ", ").
 * Kliping builds a paragraph from whole text nodes, never parts of one, collapsing whitespace and
 * dropping invisible characters (`collapseWhitespace`). So each word of a paragraph (a run without
 * whitespace) is a word of one such piece of text, or glued from the edges of several: the last
 * word of a piece that does not end in whitespace, then pieces without any, then the first word of
 * a piece that does not start with whitespace (`Ja<b>kar</b>ta`, or `Harga<script>..</script>naik`
 * once the script is dropped). The order of the glued pieces is not checked.
 */
export class SourceText {
  private readonly words = new Set<string>();
  /** Last words of pieces that end without whitespace: where a glued word may start. */
  private readonly heads = new Set<string>();
  /** Pieces without whitespace at all: the middle of a glued word. */
  private readonly middles = new Set<string>();
  /** First words of pieces that start without whitespace: where a glued word may end. */
  private readonly tails = new Set<string>();

  constructor(input: string | Buffer, type: DocumentType) {
    const source = decodeBytes(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
    if (type === 'text') {
      for (const line of source.split(/\r\n|[\n\r\u2028\u2029]/)) this.add(line);
      return;
    }
    const document = parseDocument(source);
    const jsonLd: string[] = [];
    walk(document, (node) => {
      if (node.type === 'text') this.add(node.data);
      if (node.type === 'script' && /^application\/ld\+json$/i.test(node.attribs.type?.trim() ?? '')) {
        jsonLd.push(node.children.map((child) => (child.type === 'text' ? child.data : '')).join(''));
      }
    });
    for (const block of jsonLd) for (const text of jsonStrings(block)) this.add(text);
  }

  /** The words of `paragraph` that are not made of the input's text, if any. */
  foreignWords(paragraph: string): string[] {
    return paragraph.split(' ').filter((word) => !this.words.has(word) && !this.glued(word));
  }

  private add(raw: string): void {
    const piece = collapseWhitespace(raw);
    if (piece === '') return;
    const pieceWords = piece.split(' ');
    for (const word of pieceWords) this.words.add(word);
    // Bare edges, as collapseWhitespace sees them: nothing but invisible characters between a neighbour and the piece.
    const startsBare = collapseWhitespace(`x${raw}`) === `x${piece}`;
    const endsBare = collapseWhitespace(`${raw}x`) === `${piece}x`;
    if (endsBare) this.heads.add(pieceWords.at(-1)!);
    if (startsBare) this.tails.add(pieceWords[0]!);
    if (startsBare && endsBare && pieceWords.length === 1) this.middles.add(piece);
  }

  /** True when `word` is a head, any number of middles, then a tail. */
  private glued(word: string): boolean {
    const reachable = new Set<number>();
    for (let end = 1; end < word.length; end += 1) if (this.heads.has(word.slice(0, end))) reachable.add(end);
    for (let start = 1; start < word.length; start += 1) {
      if (!reachable.has(start)) continue;
      if (this.tails.has(word.slice(start))) return true;
      for (let end = start + 1; end < word.length; end += 1) if (this.middles.has(word.slice(start, end))) reachable.add(end);
    }
    return false;
  }
}

function walk(node: AnyNode, visit: (node: AnyNode) => void): void {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    visit(next);
    if (hasChildren(next)) for (const child of next.children) stack.push(child);
  }
}

/**
 * Every string of a JSON-LD block, and every array or object read as one string the way kliping
 * reads it (`jsonLdString`: strings of an array joined by ", ", an object by its name). Blocks
 * nested deeper than kliping reads are skipped, as kliping skips them.
 */
function jsonStrings(block: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(block.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return [];
  }
  const strings: string[] = [];
  if (typeof data === 'string') return [data];
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > JSON_LD_MAX_DEPTH) return [];
    for (const child of Object.values(value)) {
      if (typeof child === 'string' || typeof child === 'number') strings.push(String(child));
      else stack.push([child, depth + 1]);
    }
  }
  return [...strings, ...jsonLdValues(data)];
}

/** Every array and object of an accepted block (nested at most JSON_LD_MAX_DEPTH) as one string. */
function jsonLdValues(data: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    const text = jsonLdString(value);
    if (text) out.push(text);
    for (const child of Object.values(value)) stack.push(child);
  }
  return out;
}
