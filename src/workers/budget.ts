import { DocTimeoutError } from '../errors.js';
import type { StageBudget } from '../pipeline.js';

/** The one message for a document over its budget, whether a worker was stopped or a stage check caught it. */
export function docTimeoutError(input: string, budgetMs: number): DocTimeoutError {
  const budget = budgetMs % 1000 === 0 ? `${budgetMs / 1000}s` : `${budgetMs}ms`;
  return new DocTimeoutError(`extraction took longer than its budget of ${budget} (--doc-timeout)`, { input });
}

/** The budget of a document cleaned in the main thread, which only a check between stages can enforce. */
export function stageDeadline(input: string, budgetMs: number): StageBudget {
  const endsAt = performance.now() + budgetMs;
  return {
    check: () => {
      if (performance.now() > endsAt) throw docTimeoutError(input, budgetMs);
    },
  };
}
