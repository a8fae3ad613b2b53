import { randomBytes } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * `.kliping-PID-RANDOM.tmp`: the name says which process made the file, so another run can tell a
 * leftover; short and fixed in length, since the target's own name may take all the bytes a name can have.
 */
const TEMPORARY_NAME = /^\.kliping-(\d+)-[0-9a-f]{8}\.tmp$/;

/** Where `writeFileAtomic` writes `path`'s data before the name points at it: beside it, hidden. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.kliping-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files in `dir` whose process is gone: a run killed between creating one
 * and renaming it. A live run's (this one's, or another's writing the same folder) are left alone.
 */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => []);
  for (const name of names) {
    const pid = TEMPORARY_NAME.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await unlink(join(dir, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, under another user
  }
}
