import type { SiteRule } from './types.js';

/** SINDOnews and its channels (nasional, metro, ekbis, international, sports, tekno...). */
export const sindonewsRule: SiteRule = {
  id: 'sindonews',
  hosts: ['sindonews.com'],
  // <div class="detail-desc" id="detail-desc">: the story as text and <br><br>.
  body: ['#detail-desc', '.detail-desc'],
  // Inline "Baca Juga:" boxes and in-story ad slots.
  drop: ['.baca-inline', '.ads-inarticle', '[id^="div-gpt-ad"]'],
  // <div class="detail-date-artikel">Sabtu, 07 Sept 2024 - 22:05 WIB</div>.
  published: ['.detail-date-artikel'],
  // <div class="detail-nama-redaksi"><a rel="author">Fulan</a></div> (the avatar link before it has no text).
  author: ['.detail-nama-redaksi a', '.detail-nama-redaksi'],
  // <div class="detail-tag"><a href=".../topic/...">.
  tags: ['.detail-tag a'],
  defaultOffset: '+07:00',
};
