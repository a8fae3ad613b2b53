import type { SiteRule } from './types.js';

/** CNBC Indonesia (market, news, tech, lifestyle, syariah, research). */
export const cnbcindonesiaRule: SiteRule = {
  id: 'cnbcindonesia',
  hosts: ['cnbcindonesia.com'],
  // <div class="detail-text">; before 2023 <div class="detail_text">.
  body: ['.detail-text', '.detail_text'],
  // "Baca:" tables, the parallax ad and its captions, GPT slots, video boxes, the research-desk source box.
  drop: ['.linksisip', '.paradetail', '.parallaxindetail', '.para_caption', '[id^="div-gpt-ad"]', '.video_detail', '.media-institusi'],
  // The headline block <div class="jdl">: <div class="date">Rabu, 19/06/2024 14:02 WIB</div> under the <h1>.
  published: ['.jdl .date'],
  // ...and the byline above it: <div class="author">Fulan, CNBC Indonesia</div>.
  author: ['.jdl .author'],
  // The tag row under the story: <div class="detail_tag"><a href=".../tag/...">.
  tags: ['.detail_tag a', '.detail-tag a'],
  defaultOffset: '+07:00',
};
