import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OutputExistsError } from '../errors.js';
import { writeFailure } from './failures.js';

/**
 * Writes a file so that readers only ever see nothing or the whole of it: the data goes to a
 * temporary file beside the target, which then takes the target's name. Without `overwrite`, a
 * hard link claims the name, which fails if it exists, so a file that appeared meanwhile is never
 * replaced either.
 */
export async function writeFileAtomic(path: string, data: string, overwrite: boolean, input: string): Promise<void> {
  // Short and fixed in length: the target's own name may already take all the bytes a name can have.
  const temporary = join(dirname(path), `.kliping-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
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
