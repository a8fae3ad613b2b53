import { type KlipingError, StateLockedError, StateUnreadableError, StateVersionError, StateWriteError, UsageError } from '../errors.js';

// Every way the state store fails, worded in one place.

/** Another process holds the store's lock: most likely the previous cron run is still going. */
export function stateLockedError(path: string, cause: unknown): KlipingError {
  return new StateLockedError(
    `state store ${path} is in use: another kliping run (or a program reading it) holds its lock; ` +
      'wait for that run to finish, or give this run its own --state file',
    { input: path, cause },
  );
}

/** The file exists but is not a store this kliping can use. */
export function stateUnreadableError(path: string, reason: string, cause?: unknown): KlipingError {
  return new StateUnreadableError(`state store ${path} cannot be used: ${reason}`, { input: path, cause });
}

/** The store was written by a newer kliping, whose layout this one does not know. */
export function stateVersionError(path: string, found: number, known: number): KlipingError {
  return new StateVersionError(
    `state store ${path} has schema version ${found}, newer than this kliping understands (${known}); upgrade kliping`,
    { input: path },
  );
}

/** A write did not happen (disk full, I/O error): the store is unchanged, the entry not recorded. */
export function stateWriteError(path: string, url: string, cause: unknown): KlipingError {
  const reason = sqliteCode(cause) === 'SQLITE_FULL' ? 'the disk is full' : errorMessage(cause);
  return new StateWriteError(`could not record ${url} in state store ${path}: ${reason}`, { input: path, cause });
}

/** The caller passed an entry `fingerprintText` could not have made. */
export function invalidEntryError(url: string, field: string): KlipingError {
  return new UsageError(`state entry for ${url} has an invalid ${field}: use fingerprintText() to make it`, {
    input: url,
  });
}

/** better-sqlite3's SqliteError carries SQLite's result code name (`SQLITE_BUSY`, ...). */
export function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
