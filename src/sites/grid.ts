import type { SiteRule } from './types.js';

/**
 * Grid Network (KG Media): grid.id and its channel sites (`nakita.grid.id`, `nova.grid.id`...), and the
 * network's sites on their own domains that share its `/read/<id>/<slug>` template: GridOto, MotorPlus, BolaSport.
 */
export const gridRule: SiteRule = {
  id: 'grid',
  hosts: ['grid.id', 'gridoto.com', 'motorplus-online.com', 'bolasport.com'],
  // The story: `<div class="read__content">` (`detail-read__content` on the newest pages).
  body: ['.read__content', '.detail-read__content'],
  // "Baca Juga" boxes (`div.bacajuga...`) and ad slots between paragraphs.
  drop: ['[class^="bacajuga"]', '[class^="ads-on-body"]', '[id^="div-gpt-ad"]'],
  // The date under the headline (`div.read__time`).
  published: ['.read__time'],
  // The "Penulis : ... | Editor : ..." credit line next to the date.
  author: ['.read__credit'],
  editor: ['.read__credit'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { page: 'all' } },
};
