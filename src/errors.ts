/**
 * Every failure kliping reports is a KlipingError with a stable `code`: scripts match on the code,
 * people read the message. One class per failure kind, grouped by the stage family it comes from.
 */
export abstract class KlipingError extends Error {
  abstract readonly code: string;
  /** The input as the user gave it (path, URL, `-`), when the failure belongs to one. */
  readonly input: string | undefined;

  constructor(message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.input = options.input;
  }
}

/** The command line or the options passed to the library are wrong: exit status 2. */
export class UsageError extends KlipingError {
  readonly code = 'E_USAGE';
}

/** An input could not be read or is not something kliping can clean. */
export abstract class InputError extends KlipingError {}

export class InputNotFoundError extends InputError {
  readonly code = 'E_INPUT_NOT_FOUND';
}

export class InputUnreadableError extends InputError {
  readonly code = 'E_INPUT_UNREADABLE';
}

export class EmptyInputError extends InputError {
  readonly code = 'E_INPUT_EMPTY';
}

export class BinaryInputError extends InputError {
  readonly code = 'E_INPUT_BINARY';
}

export class NothingUsableError extends InputError {
  readonly code = 'E_DIR_NOTHING_USABLE';
}

export class UnsupportedInputError extends InputError {
  readonly code = 'E_INPUT_UNSUPPORTED';
}

/** A file or standard input holds more bytes than `--max-bytes` (after decompression). */
export class InputTooLargeError extends InputError {
  readonly code = 'E_INPUT_TOO_LARGE';
}

/** The decoded text is longer than `MAX_TEXT_CHARS`. */
export class InputTooLongError extends InputError {
  readonly code = 'E_INPUT_TOO_LONG';
}

/** The page has more elements than `MAX_DOM_ELEMENTS`. */
export class InputTooComplexError extends InputError {
  readonly code = 'E_INPUT_TOO_COMPLEX';
}

/** The page nests elements deeper than `MAX_DOM_DEPTH`. */
export class InputTooDeepError extends InputError {
  readonly code = 'E_INPUT_TOO_DEEP';
}

/** A URL could not be fetched, or what came back is not a page kliping can clean. */
export abstract class FetchError extends KlipingError {}

export class HttpStatusError extends FetchError {
  readonly code = 'E_FETCH_HTTP_STATUS';
}

export class NetworkError extends FetchError {
  readonly code = 'E_FETCH_NETWORK';
}

export class FetchTimeoutError extends FetchError {
  readonly code = 'E_FETCH_TIMEOUT';
}

export class TooLargeError extends FetchError {
  readonly code = 'E_FETCH_TOO_LARGE';
}

export class RobotsDisallowedError extends FetchError {
  readonly code = 'E_FETCH_ROBOTS_DISALLOWED';
}

export class ContentTypeError extends FetchError {
  readonly code = 'E_FETCH_CONTENT_TYPE';
}

export class RedirectError extends FetchError {
  readonly code = 'E_FETCH_REDIRECT';
}

/** A sitemap or feed could not be read for the article URLs it lists. */
export abstract class DiscoveryError extends KlipingError {}

export class NotAListingError extends DiscoveryError {
  readonly code = 'E_DISCOVERY_NOT_A_LISTING';
}

export class SitemapLimitError extends DiscoveryError {
  readonly code = 'E_DISCOVERY_LIMIT';
}

/** Some child sitemaps of an index failed; the others were read. Each failure names its child. */
export class ChildSitemapsFailedError extends DiscoveryError {
  readonly code = 'E_DISCOVERY_CHILDREN_FAILED';
  readonly failures: readonly KlipingError[];

  constructor(message: string, options: { input?: string; failures: readonly KlipingError[] }) {
    super(message, { ...(options.input !== undefined && { input: options.input }) });
    this.failures = options.failures;
  }
}

/** The `--state` store could not be used. */
export abstract class StateError extends KlipingError {}

export class StateLockedError extends StateError {
  readonly code = 'E_STATE_LOCKED';
}

export class StateUnreadableError extends StateError {
  readonly code = 'E_STATE_UNREADABLE';
}

export class StateVersionError extends StateError {
  readonly code = 'E_STATE_VERSION';
}

export class StateWriteError extends StateError {
  readonly code = 'E_STATE_WRITE';
}

/** A result could not be written where the user asked. */
export abstract class OutputError extends KlipingError {}

export class OutputExistsError extends OutputError {
  readonly code = 'E_OUTPUT_EXISTS';
}

export class OutputWriteError extends OutputError {
  readonly code = 'E_OUTPUT_WRITE';
}

/** Turns anything thrown while handling one input into a reportable KlipingError. */
export function asKlipingError(error: unknown, input: string): KlipingError {
  if (error instanceof KlipingError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError(`unexpected failure: ${message}`, { input, cause: error });
}

/** A bug in kliping, not in the input: reported like any failure so the batch goes on. */
export class InternalError extends KlipingError {
  readonly code = 'E_INTERNAL';
}
