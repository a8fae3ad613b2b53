import type { SiteRule } from './types.js';

/** ANTARA News (antaranews.com, en.antaranews.com and the regional *.antaranews.com newsrooms). */
export const antaranewsRule: SiteRule = {
  id: 'antaranews',
  hosts: ['antaranews.com'],
  // <div class="wrap__article-detail-content post-content">: the story as text and <br><br>; before 2018 <div id="content_news" itemprop="articleBody">.
  body: ['.post-content', '#content_news'],
  // Inline "Baca juga:" spans, the closing "Pewarta/Editor/COPYRIGHT" paragraph, ad units, the 2015 editor and copyright lines.
  drop: ['.baca-juga', 'p.text-muted', 'ins.adsbygoogle', '[id^="div-gpt-ad"]', '#content_news > p.mt10', '#content_news > p.date'],
  // <div class="wrap__article-detail-info"><ul><li><span class="text-secondary">21 Juni 2024 - 09.30 WIT</span>; 2015 <time itemprop="datePublished" datetime="...">.
  published: ['.wrap__article-detail-info .text-secondary', 'time[itemprop="datePublished"]', '.date.mt10'],
  // The closing <p class="text-muted">Pewarta: Fulan<br>Editor: Fulani<br>COPYRIGHT © ANTARA 2024</p>; 2015 itemprop spans and <div class="byline">.
  author: ['.post-content p.text-muted', '[itemprop="author"]', '.byline'],
  editor: ['.post-content p.text-muted', '[itemprop="editor"]'],
  // <div class="blog-tags"><ul class="list-inline"><li><a href="/tag/...">.
  tags: ['.blog-tags a'],
  defaultOffset: '+07:00',
};
