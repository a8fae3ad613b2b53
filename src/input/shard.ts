import { createHash } from 'node:crypto';

/** `--shard K/N`: this process takes shard K (counted from 1) of N. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Whether the input named `key` falls in `shard`: by the first 32 bits of its MD5, so every
 * process of a job, on any machine, splits the same inputs the same way, and evenly.
 */
export function inShard(key: string, shard: Shard | null | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  return createHash('md5').update(key).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
