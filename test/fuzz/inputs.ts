import fc from 'fast-check';
import { MAX_TEXT_CHARS } from '../../src/settings.js';
import { htmlPage, renderPage } from './html.js';
import { buildMutatedFixture, FIXTURE_PAGES, mulberry32, mutatedFixture } from './mutations.js';
import { phrase, sentence, word } from './vocabulary.js';

/**
 * The kinds of input the fuzz suite feeds `clean()`. Each generates a small recipe (what fast-check
 * prints for a failure) that `build` turns into the input, megabytes of it for some.
 */
interface Family<Recipe> {
  name: string;
  /** Share of the generated inputs; the costly families (megabytes each) get a small one. */
  weight: number;
  recipe: fc.Arbitrary<Recipe>;
  build: (recipe: Recipe) => string | Buffer;
}

const family = <Recipe>(definition: Family<Recipe>): Family<unknown> => definition as Family<unknown>;

const MB = 1024 * 1024;

export const FAMILIES: Family<unknown>[] = [
  family({ name: 'mutated-fixture', weight: 30, recipe: mutatedFixture, build: buildMutatedFixture }),
  family({ name: 'random-html', weight: 30, recipe: htmlPage, build: renderPage }),
  family({
    name: 'random-text',
    weight: 15,
    recipe: fc.array(fc.oneof(phrase, sentence), { minLength: 1, maxLength: 30 }),
    build: (lines) => lines.join('\n'),
  }),
  family({
    name: 'look-alike-paragraphs',
    weight: 1,
    recipe: fc.record({ count: fc.integer({ min: 100, max: 20_000 }), html: fc.boolean(), words: fc.array(word, { minLength: 8, maxLength: 20 }) }),
    build: ({ count, html, words }) => {
      const paragraphs = Array.from({ length: count }, (_, i) => `${words.join(' ')} ${i % 7 === 0 ? words[0] : i}.`);
      return html ? `<html><body><article>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>` : paragraphs.join('\n');
    },
  }),
  family({
    name: 'deep-nesting',
    weight: 1,
    recipe: fc.record({ tag: fc.constantFrom('div', 'span', 'b', 'li', 'table', 'a', 'p', 'blockquote'), depth: fc.constantFrom(100_000, 5000, 501, 498), closed: fc.boolean() }),
    build: ({ tag, depth, closed }) =>
      `<html><body>${`<${tag}>`.repeat(depth)}Isi berita yang cukup panjang, dengan koma.${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`,
  }),
  family({
    name: 'huge-attribute',
    weight: 1,
    recipe: fc.record({ bytes: fc.integer({ min: 1000, max: 5 * MB }), quote: fc.constantFrom('"', "'", ''), closed: fc.boolean() }),
    build: ({ bytes, quote, closed }) =>
      `<html><body><div class=${quote}${'a b-c_'.repeat(bytes / 6)}${closed ? quote : ''}><p>Isi berita yang cukup panjang, dengan koma.</p></div></body></html>`,
  }),
  family({
    name: 'one-huge-line',
    weight: 0.2,
    // 50 MB, and just under and over the text limit: one line of words, of tags or of entities.
    recipe: fc.record({
      chars: fc.constantFrom(50 * MB, MAX_TEXT_CHARS - 10, MAX_TEXT_CHARS + 1),
      unit: fc.constantFrom('kata ', '<b>', '&amp;', 'a', '"', 'a.\n', '\n'),
      end: fc.constantFrom('', 'x'),
    }),
    build: ({ chars, unit, end }) => Buffer.concat([Buffer.alloc(chars - end.length, unit), Buffer.from(end)]),
  }),
  family({
    name: 'long-runs',
    weight: 2,
    // A long run of one piece where a regex may backtrack over it: a title of " - " separators, a
    // paragraph of closing quotes ended by a letter.
    recipe: fc.record({
      where: fc.constantFrom('title', 'og:title', 'h1', 'p', 'li', 'a', 'json-ld', 'text'),
      unit: fc.constantFrom('"', '”', ' - ', ' | ', ' ', '\u00a0', '.', ',', '-', '( ', '[', ':', 'a ', 'A', '1', '/ ', '&amp; ', 'Baca juga: ', '• '),
      count: fc.integer({ min: 1000, max: 200_000 }),
      end: fc.constantFrom('', 'x', '.', ' - Contoh.com'),
    }),
    build: ({ where, unit, count, end }) => {
      const run = unit.repeat(count) + end;
      const story = '<p>JAKARTA - Isi berita yang cukup panjang untuk menjadi paragraf cerita, dengan koma.</p>';
      const attribute = run.replace(/"/g, '&quot;');
      const pages: Record<string, string> = {
        title: `<html><head><title>${run}</title></head><body><article>${story}</article></body></html>`,
        'og:title': `<html><head><meta property="og:title" content="${attribute}"></head><body><article><h1>${run.slice(0, 300)}</h1>${story}</article></body></html>`,
        h1: `<html><body><article><h1>${run}</h1>${story}</article></body></html>`,
        p: `<html><body><article>${story}<p>${run}</p></article></body></html>`,
        li: `<html><body><article>${story}<ul><li>${run}</li></ul></article></body></html>`,
        a: `<html><body><article>${story}<p><a href="/x">${run}</a></p></article></body></html>`,
        'json-ld': `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: run, articleBody: run, author: run })}</script></head><body>${story}</body></html>`,
        text: `Judul Berita Hari Ini\n${run}\nIsi berita yang cukup panjang.`,
      };
      return pages[where]!;
    },
  }),
  family({
    name: 'random-bytes',
    weight: 3,
    recipe: fc.record({ seed: fc.integer(), bytes: fc.integer({ min: 1, max: 100_000 }), prefix: fc.constantFrom('', '<html><body>', '<p>') }),
    build: ({ seed, bytes, prefix }) => {
      const random = mulberry32(seed);
      return Buffer.concat([Buffer.from(prefix), Buffer.from(Array.from({ length: bytes }, () => Math.floor(random() * 256)))]);
    },
  }),
  family({
    name: 'empty-or-blank',
    weight: 1,
    recipe: fc.constantFrom('', ' ', '\n\n\t', '\u00a0', '\ufeff', '<html></html>', '<!-- -->', '\u200b'),
    build: (text) => text,
  }),
  family({
    name: 'lone-surrogates',
    weight: 3,
    recipe: fc.record({ lines: fc.array(fc.oneof(sentence, fc.constantFrom('\ud800', '\udfff', 'a\udc00b', '\ud83d')), { minLength: 1, maxLength: 10 }), utf16: fc.boolean(), html: fc.boolean() }),
    build: ({ lines, utf16, html }) => {
      const text = html ? `<html><body><article><p>${lines.join('</p><p>')}</p></article></body></html>` : lines.join('\n');
      // As a string (its lone surrogates become U+FFFD in UTF-8), or as UTF-16 bytes that keep them.
      return utf16 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text;
    },
  }),
  family({
    name: 'mixed-encoding',
    weight: 3,
    recipe: fc.record({
      declared: fc.constantFrom('windows-1252', 'utf-8', 'iso-8859-1', 'shift_jis', 'utf-16', 'x-unknown', ''),
      encoding: fc.constantFrom('utf8', 'latin1', 'utf16le'),
      bom: fc.constantFrom('', '\xef\xbb\xbf', '\xff\xfe', '\xfe\xff'),
      fixture: fc.option(fc.nat({ max: FIXTURE_PAGES.length - 1 })),
      lines: fc.array(sentence, { minLength: 1, maxLength: 8 }),
    }),
    build: ({ declared, encoding, bom, fixture, lines }) => {
      const meta = declared ? `<meta charset="${declared}">` : '';
      const page = fixture === null ? `<html><head>${meta}</head><body><article><p>${lines.join('</p><p>')}</p></article></body></html>` : null;
      const body = page === null ? Buffer.from(FIXTURE_PAGES[fixture!]!.replace(/<head>/i, `<head>${meta}`), 'latin1') : Buffer.from(page, encoding as BufferEncoding);
      return Buffer.concat([Buffer.from(bom, 'latin1'), body]);
    },
  }),
];

const byName = new Map(FAMILIES.map((entry) => [entry.name, entry]));

export interface GeneratedInput {
  family: string;
  recipe: unknown;
}

/** Any input, each family at its weight (fast-check wants integer weights: tenths). */
export const anyInput: fc.Arbitrary<GeneratedInput> = fc.oneof(
  ...FAMILIES.map((entry) => ({ weight: Math.round(entry.weight * 10), arbitrary: entry.recipe.map((recipe) => ({ family: entry.name, recipe })) })),
);

/** The inputs of one family. */
export function inputsOf(name: string): fc.Arbitrary<GeneratedInput> {
  const entry = byName.get(name)!;
  return entry.recipe.map((recipe) => ({ family: name, recipe }));
}

export function buildInput(input: GeneratedInput): string | Buffer {
  return byName.get(input.family)!.build(input.recipe);
}
