import { describe, expect, it } from 'vitest';
import { parseShard } from '../../src/cli/options.js';
import { inShard } from '../../src/input/shard.js';

describe('--shard', () => {
  it('reads K/N with K counted from 1, and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '4', 'a/b', '1/2/3', '-1/2']) expect(() => parseShard(bad)).toThrow(/K\/N/);
  });

  it('puts every name in exactly one shard, the same one on every run, and about evenly', () => {
    const names = Array.from({ length: 3000 }, (_, n) => `crawl/part-${n}.jsonl`);
    const sizes = [1, 2, 3].map((index) => names.filter((name) => inShard(name, { index, count: 3 })).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(names.length);
    for (const size of sizes) expect(size).toBeGreaterThan(900);
    // Pinned: a shard's inputs must not move between versions, or a relaunched job would redo or skip some.
    expect([1, 2, 3, 4].find((index) => inShard('crawl/part-0.jsonl', { index, count: 4 }))).toBe(shardOfPart0);
    expect(inShard('anything', null)).toBe(true);
  });
});

// md5("crawl/part-0.jsonl") begins 8a1a085e: 0x8a1a085e % 4 = 2, shard 3 counted from 1.
const shardOfPart0 = 3;
