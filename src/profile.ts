import { performance } from 'node:perf_hooks';

/** The stages `--profile` times: the pure pipeline's, and the batch's reading and writing around them. */
export const PROFILED_STAGES = ['read', 'parse', 'metadata', 'extract', 'clean', 'dedupe', 'write'] as const;
export type ProfiledStage = (typeof PROFILED_STAGES)[number];

/** Milliseconds spent per stage, summed over a run's documents. */
export type StageMilliseconds = Partial<Record<ProfiledStage, number>>;

/** Adds up where a run's time goes, stage by stage (`--profile`). One per run, never shared between runs. */
export class StageClock {
  readonly totals: StageMilliseconds = {};
  /** Documents whose stage times were added with `addDocument`. */
  documents = 0;

  /** `jobs`: a run's worker threads (its `-j`, given or chosen), 0 when it cleans in the main thread; the report says so. */
  constructor(private readonly jobs?: number) {}

  /** Runs `work` and adds its wall time to `stage`, also when it throws. */
  time<T>(stage: ProfiledStage, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add({ [stage]: performance.now() - started });
    }
  }

  async timeAsync<T>(stage: ProfiledStage, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add({ [stage]: performance.now() - started });
    }
  }

  /** Adds one document's stage times, measured elsewhere (in a worker thread). */
  addDocument(times: StageMilliseconds): void {
    this.add(times);
    this.documents += 1;
  }

  /** Adds times measured elsewhere, counting no document. */
  add(times: StageMilliseconds): void {
    for (const stage of PROFILED_STAGES) {
      const ms = times[stage];
      if (ms !== undefined) this.totals[stage] = (this.totals[stage] ?? 0) + ms;
    }
  }

  /** The stages as lines for stderr: total milliseconds, per document, and share of the timed total. */
  report(): string[] {
    const timed = PROFILED_STAGES.filter((stage) => this.totals[stage] !== undefined);
    const sum = timed.reduce((total, stage) => total + this.totals[stage]!, 0);
    const perDocument = Math.max(this.documents, 1);
    return [
      `profile: ${this.documents} document(s)${this.cleanedBy()}; stage, total ms, ms per document, share`,
      ...timed.map((stage) => {
        const ms = this.totals[stage]!;
        return `profile: ${stage.padEnd(8)} ${ms.toFixed(1).padStart(10)} ${(ms / perDocument).toFixed(3).padStart(9)} ${((100 * ms) / (sum || 1)).toFixed(1).padStart(5)}%`;
      }),
    ];
  }

  private cleanedBy(): string {
    if (this.jobs === undefined) return '';
    return this.jobs === 0 ? ' in the main thread' : ` with -j ${this.jobs}`;
  }
}

/** `work`, timed as `stage` when the run is profiled (`clock` given). */
export function timeStage<T>(clock: StageClock | undefined, stage: ProfiledStage, work: () => Promise<T>): Promise<T> {
  return clock ? clock.timeAsync(stage, work) : work();
}
