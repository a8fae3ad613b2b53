import type { ArticleRecord } from '../record.js';

export type OutputFormat = 'text' | 'json' | 'jsonl';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'jsonl'];

/** The file extension a document gets under `--output-dir`. */
export const FORMAT_EXTENSION: Record<OutputFormat, string> = { text: '.txt', json: '.json', jsonl: '.jsonl' };

/** Plain text: the headline on the first line, then one paragraph per line, no blank lines; nothing for a listing page. */
export function formatText(article: ArticleRecord): string {
  if (!article.article) return '';
  return [article.title, ...article.paragraphs].filter((line): line is string => Boolean(line)).join('\n');
}

export function formatJson(record: object): string {
  return JSON.stringify(record, null, 2);
}

/** One line, whatever the text holds: JSON escapes every newline inside strings. */
export function formatJsonLine(record: object): string {
  return JSON.stringify(record);
}
