import { Parser } from 'htmlparser2';
import { ATTRIBUTES, TAGS, type NameTable } from './names.js';

/**
 * htmlparser2 slices every tag and attribute name out of the page and lowercases it: a new string
 * per tag, two bytes a character (the page is), which every attribute object keyed by it and every
 * later `element.name === 'p'` must hash and compare character by character. `fastParser` hands
 * out the interned constants of ./names.ts for the names it knows, the rest as before; the DOM is
 * the same (test/unit/tokenizer.test.ts compares it with stock htmlparser2's).
 *
 * It relies on htmlparser2 10.1.0 (pinned in package.json) as follows: `onopentagname`,
 * `onclosetag` and `onattribname` each take their name from one `getSlice(start, endIndex)` call,
 * made first, then lowercase it when `lowerCaseTagNames` / `lowerCaseAttributeNames` say so
 * (`toLowerCase` gives back a string that is already lower case as it is); `buffers[0]` holds the
 * text from `bufferOffset` on. `StockParser` is a typed view of those private members.
 */
interface StockParser {
  buffers: string[];
  bufferOffset: number;
  lowerCaseTagNames: boolean;
  lowerCaseAttributeNames: boolean;
  getSlice(start: number, end: number): string;
  onopentagname(start: number, endIndex: number): void;
  onclosetag(start: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
}

const StockParser = Parser as unknown as new (...args: ConstructorParameters<typeof Parser>) => StockParser;

class FastParser extends StockParser {
  /** The name the next `getSlice` returns, found in a table instead of sliced. */
  private knownName: string | undefined = undefined;

  override onopentagname(start: number, endIndex: number): void {
    if (this.lowerCaseTagNames) this.knownName = this.find(TAGS, start, endIndex);
    super.onopentagname(start, endIndex);
    this.knownName = undefined;
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.lowerCaseTagNames) this.knownName = this.find(TAGS, start, endIndex);
    super.onclosetag(start, endIndex);
    this.knownName = undefined;
  }

  override onattribname(start: number, endIndex: number): void {
    if (this.lowerCaseAttributeNames) this.knownName = this.find(ATTRIBUTES, start, endIndex);
    super.onattribname(start, endIndex);
    this.knownName = undefined;
  }

  override getSlice(start: number, end: number): string {
    const name = this.knownName;
    if (name === undefined) return super.getSlice(start, end);
    this.knownName = undefined;
    return name;
  }

  /** The table's name for the page's text from `start` to `end`, when it lies whole in the current buffer. */
  private find(table: NameTable, start: number, end: number): string | undefined {
    const buffer = this.buffers[0];
    const from = start - this.bufferOffset;
    if (buffer === undefined || from < 0 || end - this.bufferOffset > buffer.length) return undefined;
    return table.find(buffer, from, end - this.bufferOffset);
  }
}

/** An htmlparser2 `Parser` giving the same DOM, its common names interned. Typed as the class it extends. */
export const fastParser = FastParser as unknown as typeof Parser;
