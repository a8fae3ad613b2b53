import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputExistsError } from '../errors.js';
import { writeFailure } from './failures.js';
import { temporaryPathFor } from './temporary.js';

/**
 * Writes a file so that readers only ever see nothing or the whole of it: the data goes to a
 * temporary file beside the target, which then takes the target's name. Without `overwrite`, a
 * hard link claims the name, which fails if it exists, so a file that appeared meanwhile is never
 * replaced either; one that already holds exactly `data` is no error, so rerunning a batch that
 * was interrupted just finishes it.
 */
export async function writeFileAtomic(path: string, data: string, overwrite: boolean, input: string): Promise<void> {
  if (!overwrite && (await holdsExactly(path, data))) return;
  const temporary = temporaryPathFor(path);
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync(); // the data is on disk before the name points at it
    } finally {
      await handle.close();
    }
    if (overwrite) {
      await rename(temporary, path);
      return;
    }
    await link(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OutputExistsError(`${path} exists (use --force to overwrite)`, { input, cause: error });
    }
    throw writeFailure(error, path, input);
  }
  await unlink(temporary).catch(() => undefined);
}

async function holdsExactly(path: string, data: string): Promise<boolean> {
  const expected = Buffer.from(data);
  const info = await stat(path).catch(() => null);
  const existing = info?.size === expected.length ? await readFile(path).catch(() => null) : null;
  return existing !== null && expected.equals(existing);
}
