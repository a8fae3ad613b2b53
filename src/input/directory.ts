import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NothingUsableError } from '../errors.js';
import { fileError, readFileBytes } from './file.js';
import { bytesOnly, failedItem, type InputItem } from './item.js';
import type { UrlFilter } from './url-filter.js';
import { readWarc, WARC_FILE } from './warc.js';

/** Files a folder walk picks up: saved pages and texts, plain or gzip-compressed, and WARC files. */
export const USABLE_FILE = /\.(?:html?|xhtml|txt|warc)(?:\.gz)?$/i;

/**
 * Walks a folder lazily, in name order, skipping hidden entries (like ripgrep) and folders already
 * visited through a symbolic link, so a link loop ends the walk instead of hanging it. Files of more
 * than `maxBytes` fail when read; WARC files give their pages, `urlFilter` choosing among them.
 */
export async function* walkDirectory(root: string, maxBytes: number, urlFilter: UrlFilter | null = null): AsyncGenerator<InputItem> {
  let found = 0;
  try {
    for await (const path of usableFiles(root, root, new Set())) {
      found += 1;
      if (WARC_FILE.test(path)) yield* readWarc(path, { maxBytes, urlFilter, outputPath: relative(root, path) });
      else yield { name: path, outputPath: relative(root, path), read: () => bytesOnly(readFileBytes(path, path, maxBytes)) };
    }
  } catch (error) {
    yield failedItem(root, root, fileError(error, root));
    return;
  }
  if (found === 0) {
    yield failedItem(root, root, new NothingUsableError('no .html, .htm, .xhtml, .txt or .warc files (or .gz of them) inside', { input: root }));
  }
}

async function* usableFiles(root: string, dir: string, visited: Set<string>): AsyncGenerator<string> {
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
    if (info?.isDirectory()) yield* usableFiles(root, path, visited);
    else if (info?.isFile() && USABLE_FILE.test(name)) yield path;
  }
}
