import { describe, expect, it } from 'vitest';
import * as errors from '../../src/errors.js';
import { fileError } from '../../src/input/file.js';

const concrete = Object.entries(errors).filter(
  ([, value]) => typeof value === 'function' && value.prototype instanceof errors.KlipingError,
) as [string, new (message: string, options?: { input?: string; cause?: unknown }) => errors.KlipingError][];

describe('error classes', () => {
  const instances = concrete
    .filter(([name]) => !['InputError', 'OutputError', 'FetchError', 'DiscoveryError', 'StateError', 'DocumentLimitError'].includes(name))
    .map(([name, ErrorClass]) => [name, new ErrorClass('reason', { input: 'page.html', failures: [] } as never)] as const);

  it('each carry a distinct, stable E_ code', () => {
    const codes = instances.map(([, error]) => error.code);
    for (const code of codes) expect(code).toMatch(/^E_[A-Z_]+$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.fromEntries(instances.map(([name, error]) => [name, error.code]))).toMatchInlineSnapshot(`
      {
        "BadResponseError": "E_FETCH_BAD_RESPONSE",
        "BinaryInputError": "E_INPUT_BINARY",
        "ChildSitemapsFailedError": "E_DISCOVERY_CHILDREN_FAILED",
        "ContentTypeError": "E_FETCH_CONTENT_TYPE",
        "DiskFullError": "E_OUTPUT_DISK_FULL",
        "DocMemoryError": "E_DOC_MEMORY",
        "DocTimeoutError": "E_DOC_TIMEOUT",
        "EmptyInputError": "E_INPUT_EMPTY",
        "FetchTimeoutError": "E_FETCH_TIMEOUT",
        "HostNotFoundError": "E_FETCH_HOST_NOT_FOUND",
        "HttpStatusError": "E_FETCH_HTTP_STATUS",
        "InputNotFoundError": "E_INPUT_NOT_FOUND",
        "InputTooComplexError": "E_INPUT_TOO_COMPLEX",
        "InputTooDeepError": "E_INPUT_TOO_DEEP",
        "InputTooLargeError": "E_INPUT_TOO_LARGE",
        "InputTooLongError": "E_INPUT_TOO_LONG",
        "InputUnreadableError": "E_INPUT_UNREADABLE",
        "InternalError": "E_INTERNAL",
        "NetworkError": "E_FETCH_NETWORK",
        "NotAListingError": "E_DISCOVERY_NOT_A_LISTING",
        "NothingUsableError": "E_DIR_NOTHING_USABLE",
        "OutputExistsError": "E_OUTPUT_EXISTS",
        "OutputWriteError": "E_OUTPUT_WRITE",
        "RecordMalformedError": "E_RECORD_MALFORMED",
        "RecordNoPageError": "E_RECORD_NO_PAGE",
        "RedirectError": "E_FETCH_REDIRECT",
        "RobotsDisallowedError": "E_FETCH_ROBOTS_DISALLOWED",
        "SitemapLimitError": "E_DISCOVERY_LIMIT",
        "StateLockedError": "E_STATE_LOCKED",
        "StateUnreadableError": "E_STATE_UNREADABLE",
        "StateVersionError": "E_STATE_VERSION",
        "StateWriteError": "E_STATE_WRITE",
        "TlsError": "E_FETCH_TLS",
        "TooLargeError": "E_FETCH_TOO_LARGE",
        "UnsupportedInputError": "E_INPUT_UNSUPPORTED",
        "UsageError": "E_USAGE",
        "WarcCorruptError": "E_WARC_CORRUPT",
        "WarcTruncatedError": "E_WARC_TRUNCATED",
      }
    `);
  });

  it('keep the input they belong to and their class name', () => {
    for (const [name, error] of instances) {
      expect(error.input).toBe('page.html');
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf(Error);
    }
  });

  it('wrap anything else thrown as an internal error, keeping the cause', () => {
    const cause = new TypeError('boom');
    const wrapped = errors.asKlipingError(cause, 'x.html');
    expect(wrapped.code).toBe('E_INTERNAL');
    expect(wrapped.cause).toBe(cause);
    expect(wrapped.message).toContain('boom');
  });
});

describe('file system errors become reasons a person can act on', () => {
  it.each([
    ['ENOENT', 'no such file or directory', 'E_INPUT_NOT_FOUND'],
    ['EACCES', 'permission denied', 'E_INPUT_UNREADABLE'],
    ['EISDIR', 'is a directory', 'E_INPUT_UNREADABLE'],
    ['ELOOP', 'too many levels of symbolic links', 'E_INPUT_UNREADABLE'],
    ['EIO', 'cannot read (i/o error)', 'E_INPUT_UNREADABLE'],
  ])('%s', (code, reason, klipingCode) => {
    const error = fileError(Object.assign(new Error('i/o error'), { code }), 'page.html');
    expect(error.message).toBe(reason);
    expect(error.code).toBe(klipingCode);
    expect(error.input).toBe('page.html');
  });
});
