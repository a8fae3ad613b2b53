import type { SiteRule } from './types.js';

/**
 * Pikiran Rakyat Media Network: pikiran-rakyat.com and its regional sites on `*.pikiran-rakyat.com`
 * (`bekasi.`, `depok.`...), all on the PRMN `read__*` template.
 */
export const pikiranRakyatRule: SiteRule = {
  id: 'pikiran-rakyat',
  hosts: ['pikiran-rakyat.com'],
  // The story: `<article class="read__content clearfix">`.
  body: ['article.read__content', 'div[itemprop="articleBody"]'],
  // Headline and info rows when the template repeats them in the article, related and tag strips,
  // the WhatsApp channel banner (`.coverwa`), the in-article ad boxes, photo captions.
  drop: ['.read__title', '.read__info', '.read__related', '.read__tagging', '.coverwa', '.prads', '.ads', '.photo__caption'],
  // The date row under the headline ("28 September 2019, 19:17 WIB").
  published: ['.read__info__date', '.date_detail'],
  // The writer's link in the info row; the "Editor: Fulan" contributor line.
  author: ['.read__info__author a[href*="/author/"]', '.read__info__author'],
  editor: ['.read_contributor'],
  // The tag links under the story.
  tags: ['.read__tagging .tag a'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { page: 'all' } },
};
