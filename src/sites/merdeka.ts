import type { SiteRule } from './types.js';

/** Merdeka.com (peristiwa, politik, uang, dunia, jabar, jatim...). */
export const merdekaRule: SiteRule = {
  id: 'merdeka',
  hosts: ['merdeka.com'],
  // <div class="articles-content__body ...">: every page of the story inlined, split by page-break markers;
  // before 2023 <div class="mdk-body-paragraph">.
  body: ['.articles-content__body', '.mdk-body-paragraph'],
  // The "Baca Juga" box (its links carry aria-label "Link baca juga ke-N"), ad placeholders and their labels, page breaks.
  drop: ['div:has(> a[aria-label^="Link baca juga"])', '.advertisement-placeholder', '.channel-ad', '.page-break'],
  // No `published`: the header shows only a relative time ("2 jam yang lalu"); article:published_time has the absolute one.
  // The "Oleh <a data-tracking="author_name">Fulan</a> - Reporter" line of the author box.
  author: ['[data-tracking="author_name"]'],
  // <div class="tags-articles__list"><a data-tracking="related_tag" href="/tag/...">.
  tags: ['.tags-articles__list a'],
  defaultOffset: '+07:00',
};
