import type { SiteRule } from './types.js';

/** IDN Times (www and the regional `*.idntimes.com` sites): the Next.js template with `data-testid` hooks. */
export const idntimesRule: SiteRule = {
  id: 'idntimes',
  hosts: ['idntimes.com'],
  // The story: `<div id="article-description">` holding the `p.article-text` paragraphs and sub-headings.
  body: ['#article-description'],
  // Ad slots between paragraphs (`div.wrapper-ads`, GPT divs).
  drop: ['.wrapper-ads', '[id^="div-gpt-ad"]'],
  // The date under the headline ("17 Jun 2024, 21:15 WIB"); its inner `<time>` holds the same instant.
  published: ['[data-testid="publish-date-article"]'],
  // The writer's name link in the byline block under the headline.
  author: ['[data-testid="author-article-1"]'],
  // The topic pills under the story.
  tags: ['[data-testid="tag-list"] a'],
  defaultOffset: '+07:00',
};
