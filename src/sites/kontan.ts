import type { SiteRule } from './types.js';

/** Kontan.co.id and its channels (`nasional.`, `investasi.`, `english.kontan.co.id`...). */
export const kontanRule: SiteRule = {
  id: 'kontan',
  hosts: ['kontan.co.id'],
  // The story: `<div class="tmpt-desk-kon" itemprop="articleBody">`; its first `<p>` is the "Reporter: ... | Editor: ..." credit.
  body: ['.tmpt-desk-kon', 'div[itemprop="articleBody"]'],
  // "Baca Juga:" paragraphs and sub-headings whose link carries a `track-*` click-tracking class.
  drop: ['p:has(a[class^="track-"])', 'h2:has(a[class^="track-"])'],
  // The date line under the headline ("Selasa, 18 Juni 2024 / 07:05 WIB").
  published: ['.fs14.ff-opensans.font-gray'],
  // The credit paragraph at the top of the body; older pages show it under the headline.
  author: ['.tmpt-desk-kon > p:first-child', '.fs13.font-gray.ff-knowledge-l'],
  editor: ['.tmpt-desk-kon > p:first-child', '.fs13.font-gray.ff-knowledge-l'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { page: 'all' } },
};
