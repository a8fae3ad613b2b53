import fc from 'fast-check';
import { attribute, phrase, sentence, TAGS } from './vocabulary.js';

/** A generated element: small enough to print as a counterexample, rendered to HTML by `renderNode`. */
export type HtmlNode = string | { tag: string; attributes: string[]; children: HtmlNode[]; closed: boolean };

const VOID = new Set(['br', 'img', 'hr', 'meta']);

const { node } = fc.letrec<{ node: HtmlNode; element: HtmlNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, phrase, tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 6 }),
    // An element left open, as truncated and hand-written pages leave them.
    closed: fc.boolean(),
  }),
}));

/** A whole page: a head with titles, meta tags and JSON-LD, or a bare fragment. */
export const htmlPage = fc.record({
  doctype: fc.boolean(),
  title: fc.option(sentence),
  meta: fc.array(fc.tuple(fc.constantFrom('og:title', 'description', 'author', 'og:type', 'article:published_time'), phrase), { maxLength: 3 }),
  jsonLd: fc.option(fc.jsonValue({ maxDepth: 4 }).map((value) => ({ '@type': 'NewsArticle', headline: value, articleBody: value }))),
  body: fc.array(node, { maxLength: 8 }),
});

export type HtmlPage = typeof htmlPage extends fc.Arbitrary<infer T> ? T : never;

export function renderPage(page: HtmlPage): string {
  const head = [
    page.title === null ? '' : `<title>${page.title}</title>`,
    ...page.meta.map(([name, content]) => `<meta property="${name}" content="${content.replace(/"/g, '&quot;')}">`),
    page.jsonLd === null ? '' : `<script type="application/ld+json">${JSON.stringify(page.jsonLd)}</script>`,
  ].join('');
  const body = page.body.map(renderNode).join('\n');
  return `${page.doctype ? '<!doctype html>' : ''}<html><head>${head}</head><body>${body}</body></html>`;
}

/** Iterative: a generated tree is shallow, but renderNode must never be the thing that overflows. */
function renderNode(root: HtmlNode): string {
  const out: string[] = [];
  const stack: (HtmlNode | { close: string })[] = [root];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') out.push(next);
    else if ('close' in next) out.push(next.close);
    else {
      out.push(`<${next.tag}${next.attributes.map((attribute) => ` ${attribute}`).join('')}>`);
      if (VOID.has(next.tag)) continue;
      if (next.closed) stack.push({ close: `</${next.tag}>` });
      for (let i = next.children.length - 1; i >= 0; i -= 1) stack.push(next.children[i]!);
    }
  }
  return out.join('');
}
