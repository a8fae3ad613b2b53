import type { ResolvedCleanOptions } from '../clean-options.js';
// The file reader itself, not the input stage's index: a worker must not load the WARC and record readers.
import { readFileBytes } from '../input/file.js';
import { processDocument, type StageBudget } from '../pipeline.js';
import { StageClock, timeStage } from '../profile.js';
import { toArticle } from '../record.js';
import { stageDeadline } from './budget.js';
import type { Extractor } from './index.js';
import type { DocumentTask, ExtractedArticle, WorkerSetup } from './messages.js';

/** How a thread cleans: what it sends back besides the record, and whether it may block on reading a file. */
export type ThreadSetup = Pick<WorkerSetup, 'profile' | 'removals'> & { blocking: boolean };

/**
 * One document through the pipeline (a file read first, by the calling thread), projected to what
 * crosses back to the run: no DOM, and the removals only for `--debug`.
 */
export async function extractTask(task: DocumentTask, options: ResolvedCleanOptions, setup: ThreadSetup, budget?: StageBudget): Promise<ExtractedArticle> {
  const clock = setup.profile ? new StageClock() : undefined;
  const document =
    'file' in task ? { bytes: await timeStage(clock, 'read', () => readFileBytes(task.file.path, options.name, task.file.maxBytes, setup.blocking)) } : task.document;
  const record = processDocument(document, options, budget, clock);
  return { article: toArticle(record), removals: setup.removals ? record.removals : [], ...(clock && { times: clock.totals }) };
}

/** Cleans in the main thread: no worker to start, but the budget is only checked between stages. */
export function inProcessExtractor({ profile, removals, ...setup }: WorkerSetup, docTimeoutMs: number): Extractor {
  return {
    extract: (task, name) => extractTask(task, { ...setup, name }, { profile, removals, blocking: false }, stageDeadline(name, docTimeoutMs)),
    close: async () => {},
  };
}
