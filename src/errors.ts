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

/** A line of a `--records` input that is not a JSON object. */
export class RecordMalformedError extends InputError {
  readonly code = 'E_RECORD_MALFORMED';
}

/** A `--records` line whose object holds the page in neither the HTML nor the text field. */
export class RecordNoPageError extends InputError {
  readonly code = 'E_RECORD_NO_PAGE';
}

/** A WARC file ends inside a record (a download cut short): the records before it were read. */
export class WarcTruncatedError extends InputError {
  readonly code = 'E_WARC_TRUNCATED';
}

/** A WARC file holds something else where a record should begin (not a WARC file, corrupt data). */
export class WarcCorruptError extends InputError {
  readonly code = 'E_WARC_CORRUPT';
}

/** A URL could not be fetched, or what came back is not a page kliping can clean. */
export abstract class FetchError extends KlipingError {}

export class HttpStatusError extends FetchError {
  readonly code = 'E_FETCH_HTTP_STATUS';
}

/** The connection failed or broke (refused, reset, closed mid-response): worth another try. */
export class NetworkError extends FetchError {
  readonly code = 'E_FETCH_NETWORK';
}

/** The host name does not resolve: a typo or a dead domain, not worth retrying. */
export class HostNotFoundError extends FetchError {
  readonly code = 'E_FETCH_HOST_NOT_FOUND';
}

/** The TLS handshake or the server's certificate failed: an https URL that no retry will mend. */
export class TlsError extends FetchError {
  readonly code = 'E_FETCH_TLS';
}

/** The server answered with something that is not readable HTTP (oversized headers, not HTTP at all). */
export class BadResponseError extends FetchError {
  readonly code = 'E_FETCH_BAD_RESPONSE';
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

/** The disk (or the quota) is full: nothing more can be written, so the run stops after saying so once. */
export class DiskFullError extends OutputError {
  readonly code = 'E_OUTPUT_DISK_FULL';
}

/** A document went past a per-document limit while it was being cleaned; the batch goes on without it. */
export abstract class DocumentLimitError extends KlipingError {}

/** Extraction took longer than `--doc-timeout`. */
export class DocTimeoutError extends DocumentLimitError {
  readonly code = 'E_DOC_TIMEOUT';
}

/** Extraction needed more memory than a worker thread may use. */
export class DocMemoryError extends DocumentLimitError {
  readonly code = 'E_DOC_MEMORY';
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
