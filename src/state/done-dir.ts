import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { SourceFile } from '../input/index.js';
import { writeFileAtomic } from '../output/atomic.js';
import { removeStaleTemporaries } from '../output/temporary.js';

/** What a marker says about the file it marks: enough to tell the same file from a changed one. */
interface DoneMarker {
  input: string;
  size: number;
  mtimeMs: number;
  documents: number;
  failed: number;
  finishedAt: string;
}

/**
 * `--done-dir`: one marker file per input file a run finished, written atomically once all of that
 * file's results are written. A relaunched job passes marked files over, so it continues where it
 * stopped; a file changed since (size or modification time) is cleaned again.
 */
export class DoneDir {
  private constructor(
    private readonly dir: string,
    private readonly warn: (input: string, message: string) => void,
  ) {}

  static async open(dir: string, warn: (input: string, message: string) => void): Promise<DoneDir> {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw new UsageError(`${dir}: cannot create the --done-dir folder (${(error as Error).message})`, { cause: error });
    }
    await removeStaleTemporaries(dir);
    return new DoneDir(dir, warn);
  }

  async isDone(source: SourceFile): Promise<boolean> {
    const marker = await this.read(source);
    if (!marker) return false;
    if (marker.size === source.size && marker.mtimeMs === source.mtimeMs) return true;
    this.warn(source.name, 'changed since an earlier run finished it: cleaning it again');
    return false;
  }

  async mark(source: SourceFile, counts: { documents: number; failed: number }): Promise<void> {
    const marker: DoneMarker = { input: source.name, size: source.size, mtimeMs: source.mtimeMs, ...counts, finishedAt: new Date().toISOString() };
    await writeFileAtomic(this.pathOf(source), `${JSON.stringify(marker)}\n`, true, source.name);
  }

  private async read(source: SourceFile): Promise<DoneMarker | null> {
    const text = await readFile(this.pathOf(source), 'utf8').catch(() => null);
    try {
      const marker = text === null ? null : (JSON.parse(text) as DoneMarker);
      return marker?.input === source.name ? marker : null;
    } catch {
      return null; // not a marker of ours: the file counts as not done
    }
  }

  /** The file's name, readable, and a hash of its whole path so two `part-0.jsonl` in different folders differ. */
  private pathOf(source: SourceFile): string {
    const readable = basename(source.name).replace(/[^\w.-]+/g, '_').slice(0, 80);
    const hash = createHash('sha1').update(source.name).digest('hex').slice(0, 16);
    return join(this.dir, `${readable}.${hash}.done`);
  }
}
