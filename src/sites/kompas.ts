import type { SiteRule } from './types.js';

/** Kompas.com and its channels (regional, tekno, money, bola...), Kompas.id, Kompas TV. */
export const kompasRule: SiteRule = {
  id: 'kompas',
  hosts: ['kompas.com', 'kompas.id', 'kompas.tv'],
  // <div class="read__content"><div class="clearfix"><p>...; before 2017 <div class="kcm-read-text">, Bola's <span class="kcmread1114">, Otomotif's <div class="div-read">.
  body: ['.read__content', '.kcm-read-text', 'span[class^="kcmread"]', '.div-read'],
  // <p><strong>Baca juga: <a class="inner-link-baca-juga"></strong></p>, ad slots inside the story, the page links under it.
  drop: ['p:has(.inner-link-baca-juga)', '.ads-on-body', '[id^="div-gpt-ad"]', '.read__paging'],
  // <div class="read__time">Kompas.com - 18/06/2024, 06:16 WIB</div>; before 2017 <div class="kcm-date msmall grey">Selasa, 16 Februari 2016 | 14:38 WIB</div>.
  published: ['.read__time', '.kcm-date.msmall', '.kcm-read-top > .msmall.grey'],
  // <div class="read__credit__item" id="penulis">Penulis: <a>Fulan</a></div>; before 2017 a "Penulis : Fulan" row of the credit table.
  author: [
    '#penulis a',
    '#penulis',
    '.kcm-read-copy tr:has(> td:first-child:contains("Penulis")) > td:last-child',
    '.penulis-editor tr:has(> td:first-child:contains("Penulis")) > td:last-child',
  ],
  // <div class="read__credit__item" id="editor">Editor: <a>Fulani</a></div>, or the "Editor" row of the old credit table.
  editor: [
    '#editor a',
    '#editor',
    '.kcm-read-copy tr:has(> td:first-child:contains("Editor")) > td:last-child',
    '.penulis-editor tr:has(> td:first-child:contains("Editor")) > td:last-child',
  ],
  // <ul class="tag__article__wrap"><li class="tag__article__item"><a class="tag__article__link">.
  tags: ['.tag__article__link', '.tag__article__item a'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { page: 'all' } },
};
