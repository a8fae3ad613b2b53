import type { SiteRule } from './types.js';

/** Media Indonesia (mediaindonesia.com). */
export const mediaindonesiaRule: SiteRule = {
  id: 'mediaindonesia',
  hosts: ['mediaindonesia.com'],
  // The story: `<div class="article">` with its paragraphs and `<h2>` sub-headings.
  body: ['div.article'],
  // "Baca juga" paragraphs (`p.related-news`), the scroll-through ad (`.flying-carpet`), the "follow our channel"
  // box (`.ext-channel`), the writer box at the end (`.info-author`) and ad slots.
  drop: ['p.related-news', '.flying-carpet', '.ext-channel', '.info-author', '._ap_apex_ad', '.dfp-ad'],
  // The time under the headline (`span.datetime`).
  published: ['.datetime'],
  // The writer's name under the headline (`.author-2`); the writer box at the end of the story.
  author: ['.author-2', '.info-author'],
  defaultOffset: '+07:00',
};
