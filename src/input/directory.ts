import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NothingUsableError } from '../errors.js';
import { fileError, readFileBytes } from './file.js';
import { bytesOnly, failedItem, type InputItem } from './item.js';

/** Files a folder walk picks up: saved pages and texts, plain or gzip-compressed. */
export const USABLE_FILE = /\.(?:html?|xhtml|txt)(?:\.gz)?$/i;

/**
 * Walks a folder lazily, in name order, skipping hidden entries (like ripgrep) and folders already
 * visited through a symbolic link, so a link loop ends the walk instead of hanging it. Files of more
 * than `maxBytes` fail when read.
 */
export async function* walkDirectory(root: string, maxBytes: number): AsyncGenerator<InputItem> {
  let found = 0;
  try {
    for await (const path of usableFiles(root, root, new Set())) {
      found += 1;
      yield { name: path, outputPath: relative(root, path), read: () => bytesOnly(readFileBytes(path, path, maxBytes)) };
    }
  } catch (error) {
    yield failedItem(root, root, fileError(error, root));
    return;
  }
  if (found === 0) {
    yield failedItem(root, root, new NothingUsableError('no .html, .htm, .xhtml or .txt files (or .gz of them) inside', { input: root }));
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
