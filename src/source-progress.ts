import { asKlipingError, type KlipingError } from './errors.js';
import type { SourceFile } from './input/index.js';
import type { OutputSink } from './output/index.js';
import type { DoneDir } from './state/done-dir.js';

/** What the run is told of one input file's results as they are delivered. */
interface Tally {
  source: SourceFile;
  documents: number;
  failed: number;
  /** The file itself failed (unreadable, cut short, its one document unusable): it is not finished. */
  broken: boolean;
  /** Its output file could not be started (it exists, say): that was said once; the rest is not written. */
  refused: boolean;
}

/**
 * Follows the input files of a run while their results are delivered, in input order, so that
 * when a file's last result is written the file can be closed: its gathered output takes its name
 * (`-o` with a container) and `--done-dir` marks it finished. Nothing is marked for a file that
 * failed as a whole, so a relaunch tries it again.
 */
export class SourceProgress {
  private tally: Tally | null = null;

  constructor(
    private readonly sink: OutputSink,
    private readonly doneDir: DoneDir | null,
  ) {}

  /** Counts a delivered result of `source`; `failure` when it failed. */
  count(source: SourceFile, input: string, failure: boolean): void {
    const tally = this.of(source);
    tally.documents += 1;
    if (!failure) return;
    tally.failed += 1;
    tally.broken ||= input === source.name;
  }

  /** The output of `source` cannot be written: its further results are dropped, not reported one by one. */
  refuse(source: SourceFile): void {
    this.of(source).refused = true;
  }

  isRefused(source: SourceFile): boolean {
    return this.tally?.source === source && this.tally.refused;
  }

  /** The file's last result is delivered: finish its output and mark it done; the error if that failed. */
  async end(source: SourceFile): Promise<KlipingError | null> {
    const tally = this.of(source);
    this.tally = null;
    if (tally.refused) return null;
    try {
      if (source.container) await this.sink.finishSource?.(source);
      if (this.doneDir && !tally.broken && source.name !== '-') await this.doneDir.mark(source, { documents: tally.documents, failed: tally.failed });
      return null;
    } catch (error) {
      return asKlipingError(error, source.name);
    }
  }

  private of(source: SourceFile): Tally {
    if (this.tally?.source !== source) this.tally = { source, documents: 0, failed: 0, broken: false, refused: false };
    return this.tally;
  }
}
