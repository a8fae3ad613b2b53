import { type Document, DomHandler } from 'domhandler';
import { fastParser } from './parser.js';
import { InputTooComplexError, InputTooDeepError } from '../errors.js';
import { MAX_DOM_DEPTH, MAX_DOM_ELEMENTS } from '../settings.js';
import { fastTokenizer } from './tokenizer.js';

/**
 * Builds the DOM as cheerio's own `load()` would (htmlparser2 with its defaults), but refuses a
 * page over the element or depth limits as soon as the parser meets the element that crosses
 * one: htmlparser2 keeps its open elements in an array it shifts and unshifts, so parsing alone
 * is quadratic in depth (100,000 levels take seconds), and the later stages walk the DOM recursively.
 * Its tokenizer is `fastTokenizer`: the same tokens, found with fewer steps per character. The
 * page comes whole or in pieces (`decodeChunks`), written to the parser one after another.
 */
export function parseDom(source: string | readonly string[], input: string): Document {
  const handler = new LimitedDomHandler(input);
  const parser = new fastParser(handler, { Tokenizer: fastTokenizer });
  for (const chunk of typeof source === 'string' ? [source] : source) parser.write(chunk);
  parser.end();
  return handler.root;
}

class LimitedDomHandler extends DomHandler {
  private elements = 0;

  constructor(private readonly input: string) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.elements += 1;
    if (this.elements > MAX_DOM_ELEMENTS) {
      throw new InputTooComplexError(`too complex: more than ${MAX_DOM_ELEMENTS} HTML elements`, { input: this.input });
    }
    // The stack holds the document and the open elements: its length is the new element's depth.
    if (this.tagStack.length > MAX_DOM_DEPTH) {
      throw new InputTooDeepError(`too deep: elements nested more than ${MAX_DOM_DEPTH} levels`, { input: this.input });
    }
    super.onopentag(name, attribs);
  }
}
