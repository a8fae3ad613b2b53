import type { SiteRule } from './types.js';

/** CNN Indonesia (the detikcom network's template since 2023). */
export const cnnindonesiaRule: SiteRule = {
  id: 'cnnindonesia',
  hosts: ['cnnindonesia.com'],
  // <div class="detail-text text-cnn_black text-sm grow min-w-0">; before 2023 <div class="detail_text" id="detikdetailtext">.
  body: ['.detail-text', '.detail_text', '#detikdetailtext'],
  // "Lihat Juga" tables, the parallax ad and its captions, topic inserts, GPT slots, the empty end markers,
  // and the "Add as a preferred source on Google" outbound link.
  drop: [
    '.linksisip', '.paradetail', '.parallaxindetail', '.para_caption', 'table.topiksisip', '[id^="div-gpt-ad"]',
    '.newstag', '.end-of-article', 'a[href*="/outboundlinks"]',
  ],
  // <div class="text-cnn_grey text-sm mb-4">Selasa, 05 Nop 2024 11:11 WIB</div> under the byline.
  published: ['.text-cnn_grey.text-sm'],
  // <div class="text-cnn_black_light3 text-sm mb-2.5"><span class="text-cnn_red">CNN Indonesia</span></div>.
  author: ['.text-cnn_black_light3 > .text-cnn_red'],
  // The "TOPIK TERKAIT" aside after the story: <aside><div class="title-box">TOPIK TERKAIT</div><div><a href=".../tag/...">.
  tags: ['aside:has(> .title-box:contains("TOPIK TERKAIT")) a[href*="/tag/"]'],
  defaultOffset: '+07:00',
};
