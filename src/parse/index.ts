import type { DocumentRecord, DocumentType } from '../record.js';
import { EmptyInputError, InputTooLongError } from '../errors.js';
import type { InputDocument } from '../input/index.js';
import { MAX_TEXT_CHARS, SNIFF_BYTES } from '../settings.js';
import { decodeChunks } from './decode.js';
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
  // In pieces: the parser takes them one by one, and no piece is a large object (decodeChunks).
  const chunks = decodeChunks(bytes, fetched?.charset ?? null, type !== 'text');
  if (chunks.reduce((length, chunk) => length + chunk.length, 0) > MAX_TEXT_CHARS) {
    throw new InputTooLongError(`too long: more than ${MAX_TEXT_CHARS} characters`, { input });
  }
  if (chunks.every((chunk) => chunk.trim() === '')) throw new EmptyInputError('no text (only whitespace)', { input });
  const resolved = type === 'auto' ? sniffType(leadingText(chunks, SNIFF_BYTES)) : type;
  const parsed =
    resolved === 'html'
      ? { type: 'html' as const, page: parseHtml(chunks, input) }
      : { type: 'text' as const, lines: chunks.join('').split(/\r\n|[\n\r\u2028\u2029]/) };
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

/** The first `length` characters of the text (fewer when it is shorter), joining only the pieces they lie in. */
function leadingText(chunks: readonly string[], length: number): string {
  let text = '';
  for (let i = 0; i < chunks.length && text.length < length; i += 1) text += chunks[i];
  return text.slice(0, length);
}
