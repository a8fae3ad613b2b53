import { DiskFullError, type OutputError, OutputWriteError } from '../errors.js';

const FULL: Record<string, string> = { ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded' };

/** A failed write as the person running the batch should read it; a full disk is its own error, for it stops the run. */
export function writeFailure(error: unknown, target: string, input?: string): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const options = { ...(input !== undefined && { input }), cause: error };
  const full = FULL[code];
  if (full) return new DiskFullError(`${full} writing ${target} (${code}): stopping, nothing more can be written`, options);
  return new OutputWriteError(`cannot write ${target} (${(error as Error).message})`, options);
}
