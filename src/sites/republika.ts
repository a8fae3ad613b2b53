import type { SiteRule } from './types.js';

/** Republika Online (republika.co.id and its channels) and Republika.id. */
export const republikaRule: SiteRule = {
  id: 'republika',
  hosts: ['republika.co.id', 'republika.id'],
  // <div class="article-content"><article> with each <p> after an empty <p class="b2">; 2016 <div class="content-detail">,
  // 2015 <div class="txt-detailberita">, the Haji channel's <div class="teaser global-detail">, photo stories <div class="teaser-pic">.
  body: ['.article-content > article', '.article-content', '.content-detail', '.txt-detailberita', '.teaser.global-detail', '.teaser-pic'],
  // "Baca Juga" picks, widget and ad slots, the infinite-scroll stubs and the footnote box at the end.
  drop: ['.picked-article', '.baca-juga', '[id^="div-gpt-ad"]', '[id^="bn_"]', '#next-article', '#scroll-trigger', '#loading', '.footnote-wrap'],
  // <div class="date date-item__headline">Ahad 03 Mrt 2024 19:45 WIB</div>; 2016 <div class="date-detail">
  // (the Haji channel leaves a first one empty), photo stories <div class="date-pic">, 2015 the first <div class="rangka">.
  published: ['.date-item__headline', '.date-detail', '.date-pic', '.content-detail-center > .rangka'],
  // The credit line under the headline: <div>Rep: Fulan/ Red: <a>Fulani</a></div>; older <div class="red">, sometimes a
  // Reporter/Redaktur table. "Rep" is the author and "Red" the editor of one line.
  author: ['.max-card__title > div:not(.max-card__teaser)', 'div.red'],
  editor: ['.max-card__title > div:not(.max-card__teaser)', 'div.red'],
  // One <div class="tagging"><a href="...">#tag</a></div> per topic; 2015 <div class="tags"> (whose first link is its "TAGS" label).
  tags: ['.tagging a', '.tags a[href*="/hot_topic/"]'],
  defaultOffset: '+07:00',
};
