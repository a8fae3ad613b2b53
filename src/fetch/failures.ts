import { BadResponseError, FetchTimeoutError, HostNotFoundError, KlipingError, NetworkError, TlsError } from '../errors.js';
import { FETCH_MAX_HEADER_BYTES } from '../settings.js';
import { collapseWhitespace } from '../text.js';

/** What undici and Node attach to their errors. */
interface LowLevelError extends Error {
  code?: string;
  /** The host a DNS lookup failed for. */
  hostname?: string;
  /** OpenSSL's reason, without its error-queue prefix. */
  reason?: string;
  /** Where a refused connection went. */
  address?: string;
  port?: number;
}

/**
 * undici's and Node's errors in words a person reading a cron log at 3 a.m. can act on, one line
 * each (OpenSSL's messages hold newlines), with the low-level code kept in brackets for searching. The class decides whether a retry
 * can help: a reset connection may, a typo in a host name or a server that speaks no TLS will not.
 */
export function asFetchError(thrown: unknown, input: string): KlipingError {
  if (thrown instanceof KlipingError) return thrown;
  const error = thrown as LowLevelError;
  const code = error.code ?? '';
  const cause = { input, cause: thrown };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const host = error.hostname ?? new URL(input).hostname;
    return new HostNotFoundError(`host not found: ${host} (${code})`, cause);
  }
  if (/TIMEOUT/.test(code)) return new FetchTimeoutError(`timed out (${error.message}; --timeout)`, cause);
  if (code === 'UND_ERR_HEADERS_OVERFLOW') {
    return new BadResponseError(`response headers larger than ${FETCH_MAX_HEADER_BYTES / 1024} KiB: not a web page kliping can read`, cause);
  }
  if (error.name === 'HTTPParserError' || code.startsWith('HPE_')) return new BadResponseError(`not a valid HTTP response (${collapseWhitespace(error.message)})`, cause);
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER') return new TlsError(`TLS handshake failed (is it an http:// server?): ${error.reason ?? 'wrong version number'} (${code})`, cause);
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO') return new TlsError(`TLS handshake failed: ${error.reason ?? collapseWhitespace(error.message)} (${code})`, cause);
  if (/CERT|^ERR_TLS_/.test(code)) return new TlsError(`certificate not accepted: ${collapseWhitespace(error.message)} (${code})`, cause);
  if (code === 'ECONNREFUSED') return new NetworkError(`connection refused: nothing listens at ${error.address && error.port ? `${error.address}:${error.port}` : new URL(input).host} (${code})`, cause);
  if (code === 'ECONNRESET') return new NetworkError(`connection reset by the server (${code})`, cause);
  if (code === 'UND_ERR_SOCKET') return new NetworkError(`connection closed by the server before the whole response came (${code})`, cause);
  return new NetworkError(`${code ? `${code}: ` : ''}${collapseWhitespace(error.message)}`, cause);
}
