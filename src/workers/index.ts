import { availableParallelism } from 'node:os';
import type { ResolvedCleanOptions } from '../clean-options.js';
import { UsageError } from '../errors.js';
import { DOC_TIMEOUT_MS, DOCUMENTS_PER_WORKER } from '../settings.js';
import type { DocumentTask, ExtractedArticle } from './messages.js';

export type { DocumentTask, ExtractedArticle } from './messages.js';

/** Where a run's documents are cleaned: in worker threads, or in the main thread. */
export interface Extractor {
  extract(task: DocumentTask, name: string): Promise<ExtractedArticle>;
  close(): Promise<void>;
}

export interface ExtractorOptions {
  /** Extraction threads (default: the number of cores, fewer for a run known to be short: `defaultJobs`). */
  jobs?: number;
  /** Wall-clock budget per document (default 10 s). */
  docTimeoutMs?: number;
  /** Time each stage of each document (`--profile`); the run's summary then carries the totals. */
  profile?: boolean;
}

/** `documents`: how many the run holds, when that is known before it starts (`knownDocumentCount`). */
export function resolveExtractorOptions(options: ExtractorOptions, documents: number | null = null): Required<ExtractorOptions> {
  const jobs = options.jobs ?? defaultJobs(availableParallelism(), documents);
  const docTimeoutMs = options.docTimeoutMs ?? DOC_TIMEOUT_MS;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`jobs must be a whole number of at least 1, not ${jobs}`);
  if (!(docTimeoutMs > 0)) throw new UsageError(`the document timeout must be above 0, not ${docTimeoutMs}`);
  return { jobs, docTimeoutMs, profile: options.profile ?? false };
}

/**
 * Documents worth counting before a run starts: with `-j` given, only whether it holds one (it is
 * then cleaned in the main thread); without, as many as can lower the default (`defaultJobs`).
 */
export function documentsWorthCounting(options: ExtractorOptions): number {
  return options.jobs === undefined ? availableParallelism() * DOCUMENTS_PER_WORKER : 1;
}

/**
 * One worker per core, but for a run known to hold few documents one per `DOCUMENTS_PER_WORKER`
 * of them (at least one): each worker warms up on its own, and on a short run a second one costs
 * more than it gives.
 */
export function defaultJobs(cores: number, documents: number | null): number {
  return documents === null ? cores : Math.max(1, Math.min(cores, Math.floor(documents / DOCUMENTS_PER_WORKER)));
}

/**
 * Worker threads for a batch, even with one job: the main thread then only reads and writes, and
 * peak memory is lower than cleaning there (the stages' garbage lives in a worker's smaller young
 * generation). The main thread for a run that can only ever have one document, where starting a
 * worker (about 45 ms, measured) would cost more than it gives. Either way the stages load only now,
 * and a pooled run never loads them in its main thread. What the stages removed crosses back only
 * when someone listens (`removals`, for `--debug`).
 */
export async function openExtractor(
  options: Required<ExtractorOptions>,
  clean: ResolvedCleanOptions,
  { single, removals }: { single: boolean; removals: boolean },
): Promise<Extractor> {
  const { name: _, ...cleaning } = clean;
  const setup = { ...cleaning, profile: options.profile, removals };
  if (single) {
    const { inProcessExtractor } = await import('./in-process.js');
    return inProcessExtractor(setup, options.docTimeoutMs);
  }
  const { WorkerPool } = await import('./pool.js');
  return new WorkerPool({ size: options.jobs, docTimeoutMs: options.docTimeoutMs, setup });
}
