import type { SiteRule } from './types.js';

/** Bisnis.com and its channels (`market.`, `ekonomi.`, `en.bisnis.com`...): the `details*` template. */
export const bisnisRule: SiteRule = {
  id: 'bisnis',
  hosts: ['bisnis.com'],
  // The story: `<article class="detailsContent">` (premium pages: the `.paywall` box).
  body: ['article.detailsContent', '.detailsContent', '.paywall'],
  // Inline "Baca Juga" boxes (`div.baca-juga-box`), ad slots between paragraphs.
  drop: ['[class^="baca-juga-box"]', '.baca-juga-box', '[id^="div-gpt-ad"]', '.ads-on-body'],
  // The date under the headline ("Selasa, 18 Juni 2024 | 07:05"; English channel "June 18, 2024 07:05").
  published: ['.detailsAttributeDates', '.authorTime'],
  // "Penulis : Fulan" / "Editor : Fulani" items under the story; the byline's `.authorName` ("Fulan - Bisnis.com").
  author: ['.detailsAuthor .detailsAuthorItem', '.authorName'],
  editor: ['.detailsAuthor .detailsAuthorItem'],
  // The tag pills under the story.
  tags: ['.detailsTagList a.detailsTagLink'],
  defaultOffset: '+07:00',
};
