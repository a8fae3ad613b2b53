import type { SiteRule } from './types.js';

/**
 * JPNN.com and its regional sites (`sultra.jpnn.com`, `jatim.jpnn.com`...), and GenPI.co, the group's
 * sister site whose story also sits in `div[itemprop=articleBody]` with `.baca-juga` boxes and a `.pagination` pager.
 */
export const jpnnRule: SiteRule = {
  id: 'jpnn',
  hosts: ['jpnn.com', 'genpi.co'],
  // The story: `<div itemprop="articleBody">`, the same on every page of a split story.
  body: ['div[itemprop="articleBody"]', '.page-content'],
  // Inline "Baca Juga:" boxes, the related-story strip, the "Halaman: 1 2 ..." pager and ad slots inside the body.
  drop: ['.baca-juga', '.terkait', '.pagination', '[id*="div-gpt-ad"]'],
  // The visible schema.org date under the headline ("Sabtu, 22/06/2024 - 19:20 WITA" on WITA regional sites); a
  // `<meta itemprop>` twin is left to the generic metadata reader, which knows its +07:00 may be a mislabel.
  published: ['[itemprop="datePublished"]:not(meta)'],
  // The schema.org author name in the byline; the `jpnncom_news_author` meta names the writer too.
  author: ['[itemprop="author"] [itemprop="name"]', 'meta[name="jpnncom_news_author"]'],
  defaultOffset: '+07:00',
};
