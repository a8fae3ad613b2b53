import type { SiteRule } from './types.js';

/** Katadata.co.id: the `detail-*` article template. */
export const katadataRule: SiteRule = {
  id: 'katadata',
  hosts: ['katadata.co.id'],
  // The story's paragraphs (`div.detail-body`), inside the article column `div.detail-main`.
  body: ['.detail-body', '.detail-main'],
  // "Baca Juga" widgets (`div.widget-baca-juga...`) and the AI summary box placed in the story.
  drop: ['[class^="widget-baca-juga"]', '[class*="ai-summary"]', '[id^="div-gpt-ad"]'],
  // The date under the headline (`div.detail-date`).
  published: ['.detail-date'],
  // The byline under the headline ("Oleh Fulan").
  author: ['.detail-author-name'],
  defaultOffset: '+07:00',
};
