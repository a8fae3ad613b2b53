import { Tokenizer } from 'htmlparser2';

/**
 * htmlparser2's tokenizer calls a state function for every character of a page. Most characters of
 * a news page are text and quoted attribute values, where that function does nothing until the `<`,
 * `&` or closing quote that ends the run: `fastTokenizer` jumps straight to that character with
 * `String#indexOf`, and its `fastForwardTo` (the skip through scripts, styles and comments) uses
 * `indexOf` instead of a `charCodeAt` loop. Tag and attribute names are read by a loop of their
 * own to the character that ends them. Every callback fires at the same index as before, so
 * the DOM is the same: test/unit/tokenizer.test.ts compares it with stock htmlparser2's.
 *
 * The members it reads and replaces are private in htmlparser2's types; `StockTokenizer` is a typed
 * view of them as they are in 10.1.0, the version package.json pins. It relies on the tokenizer's
 * loop calling a state function with `index` on the current character, then going on at `index + 1`;
 * on nothing happening in text or a quoted value before one of the characters above, nor in a
 * name before the character that ends it; and on
 * `fastForwardTo`'s contract: true with `index` on the character found, else false with `index` on
 * the buffer's last character.
 */
interface StockTokenizer {
  buffer: string;
  offset: number;
  index: number;
  reset(): void;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}

const StockTokenizer = Tokenizer as unknown as new (...args: ConstructorParameters<typeof Tokenizer>) => StockTokenizer;

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;

/**
 * What ends a name, by character code: a bit per kind of name. A tag name ends at whitespace, `/`
 * or `>`; a closing tag's name at whitespace or `>`; an attribute name at `=` or what ends a tag
 * name. htmlparser2's whitespace is space, tab, line feed, form feed and carriage return.
 */
const TAG_NAME = 1;
const CLOSING_TAG_NAME = 2;
const ATTRIBUTE_NAME = 4;
const NAME_ENDS = new Uint8Array(128);
for (const c of [0x20, 0x09, 0x0a, 0x0c, 0x0d]) NAME_ENDS[c] = TAG_NAME | CLOSING_TAG_NAME | ATTRIBUTE_NAME;
NAME_ENDS[0x3e] = TAG_NAME | CLOSING_TAG_NAME | ATTRIBUTE_NAME; // >
NAME_ENDS[0x2f] = TAG_NAME | ATTRIBUTE_NAME; // /
NAME_ENDS[0x3d] = ATTRIBUTE_NAME; // =

function endsName(c: number, kind: number): boolean {
  return c < 128 && (NAME_ENDS[c]! & kind) !== 0;
}

/**
 * The next place of one character in the buffer, remembered: text and values are cut into runs at
 * every `<` and `&`, and searching again from each run to the end of the page for an `&` that is
 * not there would make parsing quadratic. Positions are absolute (buffer index plus offset), as the
 * tokenizer's are, so a place found in an earlier chunk lies before any start in the current one.
 */
class NextChar {
  private from = 0;
  private at = -1;

  constructor(private readonly char: string) {}

  /** The first `char` at or after `start`, or the buffer's end when there is none; searched again unless the last search covers `start`. */
  find(buffer: string, offset: number, start: number): number {
    if (start < this.from || start > this.at) {
      const found = buffer.indexOf(this.char, start - offset);
      this.from = start;
      this.at = found === -1 ? buffer.length + offset : found + offset;
    }
    return this.at;
  }

  forget(): void {
    this.from = 0;
    this.at = -1;
  }
}

class FastTokenizer extends StockTokenizer {
  private readonly nextLt = new NextChar('<');
  private readonly nextAmp = new NextChar('&');
  private readonly nextDoubleQuote = new NextChar('"');
  private readonly nextSingleQuote = new NextChar("'");

  override reset(): void {
    super.reset();
    this.forgetPlaces();
  }

  override fastForwardTo(c: number): boolean {
    const found = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (found === -1) {
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    this.index = found + this.offset;
    return true;
  }

  override stateText(c: number): void {
    if (c === LT || c === AMP) {
      super.stateText(c);
      return;
    }
    const start = this.index + 1;
    const end = Math.min(this.nextLt.find(this.buffer, this.offset, start), this.nextAmp.find(this.buffer, this.offset, start));
    this.index = end - 1;
  }

  // Names: the state does nothing until the character that ends the name, so the loop over the
  // name's characters runs here, without a trip through the tokenizer's state switch for each.
  override stateInTagName(c: number): void {
    if (endsName(c, TAG_NAME)) super.stateInTagName(c);
    else this.skipName(TAG_NAME);
  }

  override stateInClosingTagName(c: number): void {
    if (endsName(c, CLOSING_TAG_NAME)) super.stateInClosingTagName(c);
    else this.skipName(CLOSING_TAG_NAME);
  }

  override stateInAttributeName(c: number): void {
    if (endsName(c, ATTRIBUTE_NAME)) super.stateInAttributeName(c);
    else this.skipName(ATTRIBUTE_NAME);
  }

  /** Leaves `index` just before the next character that ends a name of this kind (or on the buffer's last character). */
  private skipName(kind: number): void {
    const { buffer } = this;
    let i = this.index + 1 - this.offset;
    while (i < buffer.length && !endsName(buffer.charCodeAt(i), kind)) i += 1;
    this.index = i - 1 + this.offset;
  }

  override handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMP) {
      super.handleInAttributeValue(c, quote);
      return;
    }
    const start = this.index + 1;
    const nextQuote = quote === DOUBLE_QUOTE ? this.nextDoubleQuote : this.nextSingleQuote;
    const end = Math.min(nextQuote.find(this.buffer, this.offset, start), this.nextAmp.find(this.buffer, this.offset, start));
    this.index = end - 1;
  }

  /** A new document starts again at position 0: the remembered places belong to the old one. */
  private forgetPlaces(): void {
    this.nextLt.forget();
    this.nextAmp.forget();
    this.nextDoubleQuote.forget();
    this.nextSingleQuote.forget();
  }
}

/** htmlparser2's `Tokenizer` option: the same tokens as its own, found faster. Typed as the class the option names. */
export const fastTokenizer = FastTokenizer as unknown as typeof Tokenizer;
