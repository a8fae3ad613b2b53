/**
 * Tag and attribute names a news page is made of. The parser hands these out as the same string
 * constants instead of slicing and lowercasing each occurrence: no string is made per tag, and a
 * constant name is already interned, so attribute objects keyed by it and every later
 * `element.name === 'p'` compare by reference.
 */
const TAG_NAMES = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'base', 'blockquote', 'body', 'br', 'button', 'canvas',
  'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'label', 'legend', 'li', 'link', 'main', 'mark',
  'meta', 'nav', 'noscript', 'object', 'ol', 'optgroup', 'option', 'p', 'path', 'picture', 'pre', 'q', 's', 'script',
  'section', 'select', 'small', 'source', 'span', 'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table',
  'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'u', 'ul', 'video',
  'g', 'circle', 'rect', 'polygon', 'polyline', 'ellipse', 'line', 'use', 'defs', 'symbol', 'desc', 'stop', 'mask',
  'image', 'clippath', 'lineargradient', 'filter', 'animate', 'area', 'map', 'param', 'output', 'var', 'menu', 'dialog',
  'data', 'kbd', 'samp', 'wbr', 'amp-img', 'amp-ad',
];

const ATTRIBUTE_NAMES = [
  'alt', 'aria-hidden', 'aria-label', 'async', 'charset', 'class', 'content', 'crossorigin', 'data-src', 'datetime',
  'decoding', 'defer', 'fill', 'height', 'hidden', 'href', 'hreflang', 'http-equiv', 'id', 'integrity', 'itemprop',
  'itemscope', 'itemtype', 'lang', 'loading', 'media', 'name', 'onclick', 'onload', 'property', 'rel', 'role',
  'sizes', 'src', 'srcset', 'style', 'target', 'title', 'type', 'value', 'viewbox', 'width', 'xmlns', 'd',
  'data-id', 'data-type', 'data-lazy-src', 'tabindex', 'action', 'method', 'for', 'stroke', 'stroke-width',
  'data-original', 'frameborder', 'allowfullscreen', 'allow', 'placeholder', 'border', 'align', 'colspan',
  'rowspan', 'xlink:href', 'data-srcset', 'data-sizes', 'data-width', 'data-height', 'data-toggle', 'data-target',
  'data-url', 'data-title', 'data-testid', 'aria-labelledby', 'aria-expanded', 'aria-controls', 'aria-haspopup',
  'fill-rule', 'clip-rule', 'transform', 'x', 'y', 'points', 'color', 'as', 'nonce', 'referrerpolicy', 'scrolling',
  'autocomplete', 'maxlength', 'checked', 'selected', 'disabled', 'dir', 'cellpadding', 'cellspacing', 'valign',
];

/** Names by a hash of their characters, found without making a string. */
export class NameTable {
  private readonly slots: (string | undefined)[];
  private readonly mask: number;
  private readonly longest: number;

  constructor(names: readonly string[]) {
    let size = 1;
    while (size < names.length * 4) size *= 2;
    this.slots = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.longest = Math.max(0, ...names.map((name) => name.length));
    for (const name of names) {
      let slot = hashName(name, 0, name.length) & this.mask;
      while (this.slots[slot] !== undefined && this.slots[slot] !== name) slot = (slot + 1) & this.mask;
      this.slots[slot] = name;
    }
  }

  /**
   * The name `source` holds from `start` to `end` with ASCII capitals made small, when the table
   * has it; undefined for any other name, and for one with a character beyond ASCII (whose
   * lowercasing is `toLowerCase`'s business).
   */
  find(source: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length > this.longest || length <= 0) return undefined;
    const hash = hashName(source, start, end);
    if (hash < 0) return undefined;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const name = this.slots[slot];
      if (name === undefined) return undefined;
      if (name.length === length && sameLowered(name, source, start)) return name;
    }
  }
}

/** A hash of the lowered characters, or -1 for a character beyond ASCII. */
function hashName(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return -1;
    hash = (Math.imul(hash, 31) + lowered(code)) & 0x3fffffff;
  }
  return hash;
}

function sameLowered(name: string, text: string, start: number): boolean {
  for (let i = 0; i < name.length; i += 1) {
    if (name.charCodeAt(i) !== lowered(text.charCodeAt(start + i))) return false;
  }
  return true;
}

function lowered(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

export const TAGS = new NameTable(TAG_NAMES);
export const ATTRIBUTES = new NameTable(ATTRIBUTE_NAMES);
