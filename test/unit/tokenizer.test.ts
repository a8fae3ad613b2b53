import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnyNode, type Document, DomHandler, hasChildren, isTag } from 'domhandler';
import fc from 'fast-check';
import { Parser, type ParserOptions } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/parse/decode.js';
import { parseDom } from '../../src/parse/dom.js';
import { fastParser } from '../../src/parse/parser.js';
import { fastTokenizer } from '../../src/parse/tokenizer.js';
import { htmlPage, renderPage } from '../fuzz/html.js';
import { fixtureCases, SHARED_DIR } from '../helpers/fixtures.js';

// Differential: kliping's parser (fastParser over fastTokenizer) must give htmlparser2's own DOM for
// every input. Nodes are compared with their start and end indices, which come from the indices of
// the tokenizer's callbacks.

interface Run {
  chunks: string[];
  options?: ParserOptions;
  /** A document the same parser parses first, as `parseComplete` reuses a parser. */
  previous?: string;
}

/** kliping's parser and tokenizer, or htmlparser2's own. */
type Engine = 'fast' | 'stock';

function parse({ chunks, options = {}, previous }: Run, engine: Engine): Document {
  const handler = new DomHandler(undefined, { withStartIndices: true, withEndIndices: true });
  const parser = engine === 'fast' ? new fastParser(handler, { ...options, Tokenizer: fastTokenizer }) : new Parser(handler, options);
  if (previous !== undefined) {
    parser.parseComplete(previous);
    parser.reset();
  }
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return handler.root;
}

/** One line per node, children indented below it: a failure shows the first differing node. */
function dump(root: AnyNode): string {
  const lines: string[] = [];
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const fields = [node.type, `@${node.startIndex}-${node.endIndex}`];
    if (isTag(node)) fields.push(node.name, JSON.stringify(Object.entries(node.attribs)));
    else if ('data' in node) fields.push(JSON.stringify(node.data));
    lines.push(`${'  '.repeat(depth)}${fields.join(' ')}`);
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push([node.children[i]!, depth + 1]);
  }
  return lines.join('\n');
}

/**
 * The DOM, or the error: htmlparser2 10.1.0 throws when a parser reset inside a `<script>` meets
 * its next tag (reset() leaves the tokenizer's isSpecial set), and the subclass must do the same.
 */
function outcome(run: Run, engine: Engine): string {
  try {
    return dump(parse(run, engine));
  } catch (error) {
    return `throws ${String(error)}`;
  }
}

function expectStockDom(run: Run): void {
  expect(outcome(run, 'fast')).toBe(outcome(run, 'stock'));
}

const TRICKY: Record<string, string> = {
  'empty input': '',
  'text with no tag': 'Harga beras naik, kata dia.',
  'text with no tag, ending in a space': 'kata dia ',
  'entities with and without semicolons in text': '<p>a &amp; b &amp c &lt;d&gt; &notit; &notin; &not &copy2024 &#233; &#xe9 &#0; &;</p>',
  'an ampersand ending the input': '<p>Tom &',
  'an entity ending the input': '<p>Tom &am',
  'a < ending the input': '<p>a <',
  'a < followed by a non-letter': '<p>1 < 2 <3 <= 4 </ 5 <!> <?x> </>',
  'unclosed tags': '<div><p>satu<p>dua<span>tiga',
  'an unclosed attribute value': '<a href="https://contoh.com/a?b=1&c=2',
  'attributes in every quoting, with entities': `<a href="/a?x=1&amp;y=2&z=3" title='Tom &amp; Jerry &quot;s&quot;' data-x=a&ampb&lt; class="" alt='' hidden>`,
  'quotes of the other kind inside values': `<img alt="it's" title='say "hi"' data-a="&#39;'&apos;">`,
  'duplicate attributes': '<p class="a" class="b" CLASS=c>x</p>',
  'known names in any case, and near them': '<DiV ID=a Class="b" DATA-SRC=c classx=d xclass=e><SpAn>x</sPaN><divx>y</divx><xdiv>z</XDIV></dIv>',
  'names with a character beyond ASCII': '<dİv İd=a claſs=b><ſpan>x</ſpan></dİv><p>y</p>',
  'a closing tag that names no open element': '</div><p>a</span>b</p></P></BR><br/>',
  'every whitespace htmlparser2 knows, inside tags': '<div\tclass="a"\fid=b\rdata-x\n=c\t/><p\fclass=d\r>x</p\t><br\f/><SPAN\rID=e>y</span\f>',
  'namespaced and SVG names': '<svg viewBox="0 0 1 1"><use xlink:href="#a"/><path d="M0"/><clipPath id=c></clipPath></svg>',
  'uppercase tags and attributes': '<DIV CLASS="x"><P>satu</P></DIV><SCRIPT>var a = 1;</SCRIPT>',
  'script with near-misses of its end tag': '<script>if (a </scr && b < c) x = "</scrip" + "<</script"; </script >after',
  'script ended by <</script>': '<script>a<</script>b',
  'script never closed': '<script>var x = "<p>not a tag</p>";',
  'style and title content': '<style>a > b { content: "</styl" }</style><title>A &amp; B </titl </title><title>x',
  'textarea and xmp content': '<textarea>a <b>&amp;</b></textarea><xmp>x <y> &amp;</xmp>',
  'comments of every shape': '<!-- a -- b --><!----><!---><!--> x <!-- c ---><!-- d --!> e --> <!-- never closed',
  'CDATA and processing instructions': '<![CDATA[ a < b & c ]]]><?xml version="1.0"?><!DOCTYPE html><!x><?',
  'astral characters and two-byte strings': '<p title="😀 日本 &#128512;">Kafé 😀 “kutipan” &eacute; 日本</p>\u00a0\u2028',
  'a lone surrogate': '<p>a\ud800b &amp; \udfff</p>',
};

const OPTIONS: ParserOptions[] = [{}, { xmlMode: true }, { decodeEntities: false }];

/** Markup characters, entities well-formed and not, and tags, values and raw-text elements made of them. */
const CHAR = fc.constantFrom(
  '<', '>', '&', ';', '"', "'", '/', '!', '-', '=', '?', '[', ']', ' ', '\n', '\t', 'a', 'x', 'B', 'kata', '#', '#x', '39',
  'amp', 'lt', 'not', 'script', 'style', 'title', 'é', '😀', '日本', '\u00a0', '\ud800',
);
const ENTITY = fc.constantFrom('&amp;', '&amp', '&lt', '&gt;', '&quot;', '&#39;', '&#x27', '&not', '&notin;', '&notit;', '&nbsp;', '&copy2024', '&;', '&#', '&#0;');
const SOUP = fc.array(fc.oneof(CHAR, ENTITY), { maxLength: 12 }).map((parts) => parts.join(''));
const TAG = fc.constantFrom('p', 'a', 'IMG', 'div', 'DiV', 'divx', 'dİv', 'svg', 'script', 'SCRIPT', 'style', 'title', 'textarea', 'xmp', 'x-y', 'br', 'BR');
const ATTRIBUTE = fc
  .tuple(fc.constantFrom('class', 'Class', 'classx', 'x', 'HREF', 'data-a', 'data-src', 'İd'), fc.constantFrom('="', "='", '=', ''), SOUP)
  .map(([name, opening, value]) => ` ${name}${opening}${value}${opening.slice(1)}`);
const OPEN_TAG = fc
  .tuple(TAG, fc.array(ATTRIBUTE, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >', ''))
  .map(([tag, attributes, end]) => `<${tag}${attributes.join('')}${end}`);
const CLOSE_TAG = fc.oneof(TAG.map((tag) => `</${tag}>`), fc.constantFrom('</scr', '</script', '</ script>', '<</script>', '</>', '</p '));
const OTHER = fc.constantFrom('<!--', '-->', '--->', '--!>', '<!---->', '<![CDATA[', ']]>', ']]]>', '<?', '<?x y?>', '<!DOCTYPE html>', '<!x>');
const MARKUP = fc.array(fc.oneof(CHAR, ENTITY, SOUP, OPEN_TAG, CLOSE_TAG, OTHER), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe("kliping's parser builds the same DOM as htmlparser2", () => {
  it.each(Object.entries(TRICKY))('%s', (_name, html) => {
    for (const options of OPTIONS) expectStockDom({ chunks: [html], options });
  });

  it.each(fixtureCases().filter((fixture) => fixture.inputPath.endsWith('.html')).map((fixture) => [fixture.name, fixture.inputPath]))(
    'fixture %s',
    (_name, path) => {
      const html = decodeBytes(readFileSync(path));
      expectStockDom({ chunks: [html] });
      const stock = new DomHandler();
      new Parser(stock).end(html);
      expect(dump(parseDom(html, 'input.html'))).toBe(dump(stock.root));
    },
  );

  it('on the shared corpora, when present', () => {
    const dirs = ['article-extraction-benchmark', 'id-news'].map((name) => join(SHARED_DIR, 'corpus', name, 'html')).filter((dir) => existsSync(dir));
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
        const html = decodeBytes(readFileSync(join(dir, file)));
        expect(dump(parse({ chunks: [html] }, 'fast')), file).toBe(dump(parse({ chunks: [html] }, 'stock')));
      }
    }
  }, 60_000);

  it('when a parser is reused for a second document', () => {
    expectStockDom({ previous: '<p>ab</p>', chunks: ['<p>a&amp;b</p>'] });
    expectStockDom({ previous: '<p class="panjang sekali">teks &amp; lagi</p>', chunks: ['<p a="b">c &amp; d</p>'] });
  });

  it('on generated markup, written whole or in chunks, alone or after another document', () => {
    fc.assert(
      fc.property(MARKUP, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(...OPTIONS), fc.option(MARKUP), (html, cuts, options, previous) => {
        expectStockDom({ chunks: split(html, cuts), options, previous: previous ?? undefined });
      }),
      { numRuns: 3000 },
    );
  });

  it('on generated pages', () => {
    fc.assert(
      fc.property(htmlPage, (page) => expectStockDom({ chunks: [renderPage(page)] })),
      { numRuns: 300 },
    );
  });
});

/** `text` cut at the given places (taken modulo its length), in order: the chunks a stream may bring. */
function split(text: string, cuts: number[]): string[] {
  const places = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...places].map((start, i) => text.slice(start, places[i] ?? text.length));
}
