import type { SiteRule } from './types.js';

/** detikcom and its channels (news, finance, inet, sport, hot, health, food, travel, oto, 20detik, wolipop). */
export const detikRule: SiteRule = {
  id: 'detik',
  hosts: ['detik.com'],
  // The story's <div class="detail__body-text itp_bodycontent">; before 2019 <div id="detikdetailtext" class="detail_text">, before 2017 <div class="text_detail">.
  body: ['.detail__body-text', '.itp_bodycontent', '#detikdetailtext', '.detail_text', '.text_detail'],
  // "Baca juga" tables, the scroll-to-continue ad box and its captions, GPT slots, the tag bar some templates put inside the body.
  drop: ['.linksisip', '.noncontent', '.parallaxindetail', '.para_caption', '[id^="div-gpt-ad"]', '.detail__body-tag'],
  // <div class="detail__date">Selasa, 18 Jun 2024 07:05 WIB</div>; before 2017 a <div class="date"> beside the headline.
  published: ['.detail__date', '.jdl > .date', '.content_detail > .date', '.detail_profil > .date'],
  // <div class="detail__author">Fulan - detikNews</div>; photo pages credit "Fotografer: Fulan".
  author: ['.detail__author', '.jdl > .author', '.content_detail > .author', '.detail_profil > strong.l_blue2_detik'],
  // The tag bar under the story: <div class="detail__body-tag"><div class="nav"><a class="nav__item">.
  tags: ['.detail__body-tag a'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { single: '1' } },
};
