import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fixtureCases } from '../helpers/fixtures.js';
import { entity } from './vocabulary.js';

/** The real pages of test/fixtures, as bytes kept in a latin1 string so that edits never change other bytes. */
export const FIXTURE_PAGES = fixtureCases().map((fixture) => readFileSync(fixture.inputPath).toString('latin1'));

/** Hostile snippets to splice in: each one byte-exact, as latin1 text. */
const SNIPPETS = [
  '\0', '\0\0\0\0', '\x01\x02\x1f', '\xff\xfe', '\xc0\xaf', '\xe2\x82', '\x80\x80', '\xed\xa0\x80', '\xf4\x90\x80\x80', '\xef\xbb\xbf',
  '<script>', '<!--', '<![CDATA[', '<plaintext>', '<textarea>', '<style>', '</body></html>', '<title>', '<p', '">', "'",
  '<b>'.repeat(2000), '<div>'.repeat(600), '</div>'.repeat(50), '\xe2\x80\xa8',
  '<meta charset="windows-1252">', '<meta charset="utf-16">', '<meta charset="shift_jis">',
];

export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'cut-tag'; at: number; whole: boolean }
  | { op: 'duplicate-block'; from: number; to: number }
  | { op: 'shuffle-blocks'; at: number; span: number; seed: number }
  | { op: 'insert'; at: number; snippet: string };

const at = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('cut-tag' as const), at, whole: fc.boolean() }),
  fc.record({ op: fc.constant('duplicate-block' as const), from: at, to: at }),
  fc.record({ op: fc.constant('shuffle-blocks' as const), at, span: fc.integer({ min: 2, max: 40 }), seed: fc.integer() }),
  fc.record({ op: fc.constant('insert' as const), at, snippet: fc.oneof(fc.constantFrom(...SNIPPETS), fc.array(entity, { maxLength: 30 }).map((parts) => parts.join(''))) }),
);

export const mutatedFixture = fc.record({
  fixture: fc.nat({ max: FIXTURE_PAGES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
});

export function buildMutatedFixture(recipe: { fixture: number; mutations: Mutation[] }): Buffer {
  const page = recipe.mutations.reduce(mutate, FIXTURE_PAGES[recipe.fixture]!);
  return Buffer.from(page, 'latin1');
}

function mutate(page: string, mutation: Mutation): string {
  const position = Math.floor(('at' in mutation ? mutation.at : 0) * page.length);
  switch (mutation.op) {
    case 'truncate':
      return page.slice(0, position);
    case 'cut-tag': {
      const open = page.indexOf('<', position);
      const close = page.indexOf('>', open);
      if (open === -1 || close === -1) return page;
      // The whole tag, or only its `>`: an element left open, its attributes running into the text.
      return mutation.whole ? page.slice(0, open) + page.slice(close + 1) : page.slice(0, close) + page.slice(close + 1);
    }
    case 'duplicate-block': {
      const blocks = splitBlocks(page);
      const block = blocks[Math.floor(mutation.from * blocks.length)] ?? '';
      blocks.splice(Math.floor(mutation.to * blocks.length), 0, block);
      return blocks.join('');
    }
    case 'shuffle-blocks': {
      const blocks = splitBlocks(page);
      const start = Math.floor(mutation.at * blocks.length);
      const window = blocks.slice(start, start + mutation.span);
      const random = mulberry32(mutation.seed);
      for (let i = window.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        [window[i], window[j]] = [window[j]!, window[i]!];
      }
      blocks.splice(start, window.length, ...window);
      return blocks.join('');
    }
    case 'insert':
      return page.slice(0, position) + mutation.snippet + page.slice(position);
  }
}

/** Blocks of a page: pieces starting at a paragraph-like tag or a line break. */
function splitBlocks(page: string): string[] {
  return page.split(/(?=<(?:p|div|li|h[1-6]|section|article|table|tr)[\s>])|(?<=\n)/i);
}

/** A small seeded generator, so that a recipe of a few numbers stands for megabytes of input. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
