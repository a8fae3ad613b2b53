import type { SiteRule } from './types.js';

/** Liputan6.com and its channels (news, bisnis, showbiz, health, tekno, bola...). */
export const liputan6Rule: SiteRule = {
  id: 'liputan6',
  hosts: ['liputan6.com'],
  // <div class="article-content-body"> holding every page of the story as .article-content-body__item-page;
  // before 2019 <div class="read-page--content">; photo stories <div class="read-page--photo-gallery">.
  body: ['.article-content-body', '.read-page__content-body', '.read-page--content', '.read-page--photo-gallery'],
  // "Baca Juga" collections, ad slots and their "Advertisement" labels, video and photo embeds, page-break and "Selanjutnya" links.
  drop: [
    '.baca-juga-collections', '.baca-juga', '.advertisement-placeholder', '.article-ad', '[id^="div-gpt-ad"]',
    '.article-content-body__item-media', '.article-content-body__item-break', '.article-content-body__item-loadmore',
  ],
  // <time class="read-page--header--author__datetime" datetime="2024-06-18 09:00:00">Diterbitkan 18 Juni 2024, 09:00 WIB</time>;
  // the 2024 header box <span class="read-page-box__author__updated">; before 2019 <time class="read-page--header__datetime">.
  published: ['.read-page--header--author__datetime', '.read-page-box__author__updated', '.read-page--header__datetime'],
  // <time class="read-page--header--author__modified-time" datetime="...">Diperbarui 19 Juni 2024, 14:02 WIB</time>.
  modified: ['.read-page--header--author__modified-time', '.read-page-box__author__updated + .read-page-box__author__updated'],
  // <a class="read-page--header--author__name">, <a class="read-page-box__author__name">; before 2019 <span class="read-page--header__author">.
  author: ['.read-page--header--author__name', '.read-page-box__author__name', '.read-page--header__author', '#credits_author + li .read-page--credits__name'],
  // Before 2019 the credits list: <li id="credits_editor">Editor</li><li><span class="read-page--credits__name">.
  editor: ['#credits_editor + li .read-page--credits__name'],
  // <ul class="tags--snippet__list"><li><a class="tags--snippet__link"><span class="tags--snippet__name">; before 2019 .read-page--tags__link.
  tags: ['.tags--snippet__name', '.read-page--tags__link'],
  defaultOffset: '+07:00',
};
