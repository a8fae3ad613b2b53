import type { Stats } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NothingUsableError } from '../errors.js';

/** Files a folder walk picks up: saved pages and texts, plain or gzip-compressed, and WARC files. */
export const USABLE_FILE = /\.(?:html?|xhtml|txt|warc)(?:\.gz)?$/i;

/** With `--records`: JSON Lines dumps, plain or gzip-compressed. */
export const RECORD_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;

/** A file found in a folder: its path, its path inside the folder, and what `stat` said. */
export interface FoundFile {
  path: string;
  outputPath: string;
  info: Stats;
}

/**
 * Walks a folder lazily, in name order, for files whose names `usable` matches, skipping hidden
 * entries (like ripgrep) and folders already visited through a symbolic link, so a link loop ends
 * the walk instead of hanging it. Throws when the folder cannot be read or holds nothing usable.
 */
export async function* walkDirectory(root: string, usable: RegExp, describe: string): AsyncGenerator<FoundFile> {
  let found = 0;
  for await (const file of usableFiles(root, root, usable, new Set())) {
    found += 1;
    yield file;
  }
  if (found === 0) throw new NothingUsableError(`no ${describe} inside`, { input: root });
}

async function* usableFiles(root: string, dir: string, usable: RegExp, visited: Set<string>): AsyncGenerator<FoundFile> {
  const real = await realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  const names: string[] = [];
  try {
    for await (const entry of await opendir(dir)) {
      if (!entry.name.startsWith('.')) names.push(entry.name);
    }
  } catch (error) {
    // An unreadable subfolder is skipped; only the folder the user named is an error.
    if (dir === root) throw error;
    return;
  }
  names.sort();
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* usableFiles(root, path, usable, visited);
    else if (info?.isFile() && usable.test(name)) yield { path, outputPath: relative(root, path), info };
  }
}
