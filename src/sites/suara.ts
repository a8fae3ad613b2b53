import type { SiteRule } from './types.js';

/** Suara.com and its channels (news, bisnis, bola, lifestyle, tekno, otomotif, entertainment...). */
export const suaraRule: SiteRule = {
  id: 'suara',
  hosts: ['suara.com'],
  // <div class="detail-content"><div class="article-content">; before 2023 <div class="content-article">.
  body: ['.detail-content .article-content', '.article-content', '.content-article'],
  // Ad placeholders (<div class="placeholder_belt">, <div class="placeholder_read_body">), the "Baca 10 detik" recap,
  // the "Baca Juga" box, the page links.
  drop: ['[class^="placeholder_"]', '.widget-ads3', '.ten-second', '.article-read', '.baca-juga', '.wrap-pagination'],
  // <div class="article-image"><h1>...</h1><div class="article-profile">...</div><span>Jumat, 16 Agt 2024 | 13:20 WIB</span></div>.
  published: ['.article-image > span', '.date-article'],
  // <h3 class="author-trigger"><a>Fulan</a>, <a>Fulani</a></h3>: writer and reporter, one byline.
  author: ['.author-trigger'],
  // <div class="article-tags"><a href="/tag/..."># banjir</a> (the name after its "# ").
  tags: ['.article-tags a', '.tag-article a'],
  defaultOffset: '+07:00',
};
