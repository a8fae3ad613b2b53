import type { DocumentRecord } from '../record.js';
import { extractHtml } from './html.js';
import { extractText } from './text.js';

export { looksLikeHeadline } from './text.js';
export { stripSiteSuffix } from './title.js';

/** The extract stage: the headline and the body's blocks, from a page or from lines of text. */
export function extractArticle(record: DocumentRecord): DocumentRecord {
  const { parsed } = record;
  return parsed.type === 'html' ? extractHtml(record, parsed.page) : extractText(record, parsed.lines);
}
