import type { SiteRule } from './types.js';

/** VIVA.co.id: the 2020s `main-content-*` template, and the 2010s `article-detail` one kept for archives. */
export const vivaRule: SiteRule = {
  id: 'viva',
  hosts: ['viva.co.id'],
  // The story's paragraphs (`div.main-content-detail`); archive pages put them in `<span itemprop="articleBody">` inside `#article-content`.
  body: ['.main-content-detail', '#article-content span[itemprop="articleBody"]'],
  // "Baca Juga" recommendation boxes and "artikel lainnya" widgets between paragraphs, ad slots, and the
  // archive template's centred caption line (an `<em>` alone in a centred `<div>`) under each inline photo.
  drop: [
    '.recommended-article',
    '.widget-other-article',
    '.ads',
    '[id^="div-gpt-ad"]',
    'div[style*="text-align: center"] > em:only-child',
  ],
  // The date line under the headline ("Senin, 17 Juni 2024 | 10:30 WIB"); archive pages: `div.date[itemprop=datePublished]`.
  published: ['.main-content-date', '.article-detail .smalldesc .date'],
  // The credit list under the date ("Penulis : ..." / "Editor : ..." items); archive pages: "Oleh : <b>Fulan</b>".
  author: ['.main-content-author li', '.article-detail .smalldesc .author'],
  editor: ['.main-content-author li'],
  // The "Tag" links under the story.
  tags: ['.main-content-tag a'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { page: 'all' } },
};
