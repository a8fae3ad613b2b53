import type { DocumentRecord, DocumentType } from '../record.js';
import { EmptyInputError, InputTooLongError } from '../errors.js';
import type { InputDocument } from '../input/index.js';
import { MAX_TEXT_CHARS } from '../settings.js';
import { decodeBytes } from './decode.js';
import { parseHtml } from './html.js';
import { checkBytes, sniffType } from './sniff.js';

export { decodeBytes } from './decode.js';
export { sniffType } from './sniff.js';

export type TypeChoice = 'auto' | DocumentType;

/**
 * The parse stage: bytes to a record holding the parsed page (a DOM, or lines of text). A fetched
 * page brings the charset its server named and where and when it was fetched. A document over the
 * text or DOM limits (`MAX_TEXT_CHARS`, `MAX_DOM_ELEMENTS`, `MAX_DOM_DEPTH`) is refused here,
 * before any stage walks it.
 */
export function parse(input: string, document: InputDocument, type: TypeChoice): DocumentRecord {
  const { bytes, fetched } = document;
  checkBytes(bytes, input);
  const source = decodeBytes(bytes, fetched?.charset ?? null, type !== 'text');
  if (source.length > MAX_TEXT_CHARS) throw new InputTooLongError(`too long: more than ${MAX_TEXT_CHARS} characters`, { input });
  if (source.trim() === '') throw new EmptyInputError('no text (only whitespace)', { input });
  const resolved = type === 'auto' ? sniffType(source) : type;
  const parsed =
    resolved === 'html'
      ? { type: 'html' as const, page: parseHtml(source, input) }
      : { type: 'text' as const, lines: source.split(/\r\n|[\n\r\u2028\u2029]/) };
  return {
    input,
    type: resolved,
    parsed,
    article: true,
    title: null,
    blocks: [],
    removals: [],
    url: fetched?.url ?? null,
    fetchedUrl: fetched?.url ?? null,
    fetchedAt: fetched?.date ?? null,
    author: null,
    editor: null,
    published: null,
    publishedApproximate: false,
    modified: null,
    site: null,
    section: null,
    tags: [],
    description: null,
    image: null,
    language: null,
  };
}
