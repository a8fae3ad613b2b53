import type { DocumentRecord, DocumentType } from '../record.js';
import { EmptyInputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { parseHtml } from './html.js';
import { checkBytes, sniffType } from './sniff.js';

export { decodeBytes } from './decode.js';
export { sniffType } from './sniff.js';

export type TypeChoice = 'auto' | DocumentType;

/** The parse stage: bytes to a record holding the parsed page (a DOM, or lines of text). */
export function parse(input: string, bytes: Buffer, type: TypeChoice): DocumentRecord {
  checkBytes(bytes, input);
  const source = decodeBytes(bytes);
  if (source.trim() === '') throw new EmptyInputError('no text (only whitespace)', { input });
  const resolved = type === 'auto' ? sniffType(source) : type;
  const parsed =
    resolved === 'html'
      ? { type: 'html' as const, page: parseHtml(source) }
      : { type: 'text' as const, lines: source.split(/\r\n|[\n\r\u2028\u2029]/) };
  return {
    input,
    type: resolved,
    parsed,
    article: true,
    title: null,
    blocks: [],
    removals: [],
    url: null,
    author: null,
    editor: null,
    published: null,
    modified: null,
    site: null,
    section: null,
    tags: [],
    description: null,
    image: null,
    language: null,
  };
}
