import type { ResolvedCleanOptions } from '../clean-options.js';
import type { InputDocument } from '../input/index.js';
import { processDocument, type StageBudget } from '../pipeline.js';
import { toArticle } from '../record.js';
import { stageDeadline } from './budget.js';
import type { Extractor } from './index.js';
import type { ExtractedArticle, WorkerSetup } from './messages.js';
import { StageClock } from '../profile.js';

/** One document through the pipeline, projected to what crosses back to the run (no DOM). */
export function extractArticleRecord(document: InputDocument, options: ResolvedCleanOptions, budget?: StageBudget, profile = false): ExtractedArticle {
  const clock = profile ? new StageClock() : undefined;
  const record = processDocument(document, options, budget, clock);
  return { article: toArticle(record), removals: record.removals, ...(clock && { times: clock.totals }) };
}

/** Cleans in the main thread: no worker to start, but the budget is only checked between stages. */
export function inProcessExtractor({ profile, ...setup }: WorkerSetup, docTimeoutMs: number): Extractor {
  return {
    extract: async (document, name) => extractArticleRecord(document, { ...setup, name }, stageDeadline(name, docTimeoutMs), profile),
    close: async () => {},
  };
}
