import type { SiteRule } from './types.js';

/** Okezone and its channels (news, economy, bola, celebrity, lifestyle, techno, muslim...). */
export const okezoneRule: SiteRule = {
  id: 'okezone',
  hosts: ['okezone.com'],
  // <div class="c-detail read">; 2018-2023 <div id="contentx" class="read">; before 2017 <div class="ctn-desc">.
  body: ['.c-detail.read', '#contentx', '.ctn-desc'],
  // "Baca Juga:" boxes (<div id="baca-juga">, repeated), video embeds, in-story ad slots, the comment-count link.
  drop: ['#baca-juga', '.baca-juga', '.vicon', '.detads', '#AdAsia', '[id^="div-gpt-ad"]', 'a.linkname'],
  // <div class="journalist"><a>Fulan</a><span>, Jurnalis-Jum'at, 21 Juni 2024 |13:20 WIB</span></div>;
  // older <time class="tgl"> and the "Fulan | Jum'at, ..." line under the headline.
  published: ['.journalist > span', 'time.tgl', '.title-detail > span'],
  // The named link of the journalist line (the first link is an empty avatar); older <div class="nmreporter"><div>Fulan</div><span>Jurnalis</span>.
  author: ['.journalist > a[title]', '.nmreporter > div', '.title-detail > span > b'],
  // <div id="tag"><div class="title">Topik Artikel :</div><div class="box-tag"><a class="text">.
  tags: ['#tag .box-tag a', '.box-tag a'],
  defaultOffset: '+07:00',
};
