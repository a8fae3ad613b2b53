import type { SiteRule } from './types.js';

/** kumparan (kumparan.com: kumparanNEWS, kumparanBISNIS, kumparanTECH... and user accounts). */
export const kumparanRule: SiteRule = {
  id: 'kumparan',
  hosts: ['kumparan.com'],
  // The story is a run of <p data-qa-id="story-paragraph"> between figures and ad <aside>s; their parent holds it.
  body: ['[data-qa-id="story-content"]', 'article:has(> [data-qa-id="story-paragraph"])', 'div:has(> [data-qa-id="story-paragraph"])'],
  // Inside that parent: the title/byline header, the share bar, figures with captions, ad asides, the topic footer.
  drop: ['[data-qa-id="story-author"]', '[data-qa-id="share-wrapper"]', '[data-qa-id="image-figure"]', 'aside', '[data-qa-id="story-footer"]'],
  // <time data-qa-id="publish-date">18/06/2024, 10:30 WIB</time>.
  published: ['[data-qa-id="publish-date"]'],
  // No `author`: the byline's [data-qa-id="author-name"] names the publishing account (kumparanNEWS); JSON-LD author.name has the writer.
  // The topic links of the story footer: <a data-qa-id="tag-topic"><span data-qa-id="label-tag-topic">.
  tags: ['[data-qa-id="label-tag-topic"]', 'a[data-qa-id="tag-topic"]'],
  defaultOffset: '+07:00',
};
