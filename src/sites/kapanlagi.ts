import type { SiteRule } from './types.js';

/** KapanLagi.com (www and `musik.kapanlagi.com`): the `entertainment-detail-news` body of every era. */
export const kapanlagiRule: SiteRule = {
  id: 'kapanlagi',
  hosts: ['kapanlagi.com'],
  // The story: `div.entertainment-detail-news` (with `div.body-paragraph` blocks inside on newer pages);
  // `div.v7-music-detail-news` on the music channel. Never a lone `.body-paragraph`: a story spans several.
  body: ['.entertainment-detail-news', '.v7-music-detail-news'],
  // Photo captions between paragraphs, the "Jangan Lewatkan" heading and its tracked insert links,
  // the lifestyle tag banner and the related-video box at the end of the body.
  drop: [
    '.entertainment-newsdetail-image-caption',
    '.music-newsdetail-image-caption',
    'h2:has(+ a[onclick*="Insert Link"])',
    'a[onclick*="Insert Link"]',
    '.lifestyle-in-content',
    '#content-video-related',
  ],
  // The date under the headline (`span.date-post`; `span.newsdetail-schedule-new` on older pages).
  published: ['.date-post', '.newsdetail-schedule-new', '.v7-music-newsdetail-schedule'],
  // "Kumpulan Berita Terkait" topic links above the story.
  tags: ['.v7-tags-terkait-warper .box-content a'],
  defaultOffset: '+07:00',
};
