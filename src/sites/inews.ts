import type { SiteRule } from './types.js';

/** iNews.id and its regional sites (`makassar.inews.id`, `bali.inews.id`...). */
export const inewsRule: SiteRule = {
  id: 'inews',
  hosts: ['inews.id'],
  // The story: `<div class="content">` inside the article (`#txt-detail` on the older template).
  body: ['article .content', '#txt-detail', '.txt-detail'],
  // "Baca Juga" boxes (`div.baca-juga...`), related strips and ad slots between paragraphs.
  drop: ['[class^="baca-juga"]', '[class^="related"]', '[class^="ads"]', '[id^="div-gpt-ad"]'],
  // The time under the headline ("Selasa, 18 Juni 2024 - 07:05:00 WIB"), in the time-and-share bar.
  published: ['.createdAt', '.timeAndShare'],
  // The byline under the headline ("Penulis : Fulan").
  author: ['.author'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { pathSuffix: '/all' },
};
