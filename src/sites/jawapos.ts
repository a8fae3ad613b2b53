import type { SiteRule } from './types.js';

/**
 * Jawa Pos: jawapos.com and the Jawa Pos network's regional papers on `*.jawapos.com` (`radarjember.`,
 * `kaltimpost.`, `cenderawasihpos.`...), whose `read__*` template also served www.jawapos.com before its Next.js redesign.
 */
export const jawaposRule: SiteRule = {
  id: 'jawapos',
  hosts: ['jawapos.com'],
  // The story: `.read__content` (a `<div class="read__content clearfix">`).
  body: ['.read__content'],
  // "Baca Juga:" paragraphs (`<strong class="read__others">`), the reader-page marker, ad slots.
  drop: ['p:has(> strong[class^="read__others"])', '[class^="read__others"]', 'p.page', '[id^="div-gpt-ad"]'],
  // The date row under the headline ("Jumat 21 Juni 2024 08.00 WIT" on a Papua paper).
  published: ['.read__info__date'],
  // The writer in the info row under the headline.
  author: ['.read__info__author'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { page: 'all' } },
};
