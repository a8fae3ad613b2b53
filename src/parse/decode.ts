import { decodeBuffer } from 'encoding-sniffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8 = new TextDecoder('utf-8');
/** Bytes the sniffer reads when only a byte-order mark may declare the encoding. */
const BOM_BYTES = 3;

/**
 * Decodes bytes by their BOM, then the HTTP charset, then a `<meta charset>` (or XML declaration),
 * then as UTF-8; bytes that declare nothing and are not valid UTF-8 are read as windows-1252, which
 * is what old Indonesian sites that forgot their charset meant. The sniffing is encoding-sniffer's
 * (the WHATWG algorithm cheerio uses); we only choose the fallback. Text read as text (`--type text`)
 * has no markup to declare a charset: a `<meta charset>` quoted in it is not read.
 */
export function decodeBytes(bytes: Buffer, declared: string | null = null, markup = true): string {
  const encoding = declaredEncoding(bytes, declared, markup);
  if (encoding === null) return strictUtf8(bytes) ?? decodeAs(bytes, 'windows-1252');
  return decodeAs(bytes, encoding);
}

/**
 * The encoding: BOM, then the server's `Content-Type` charset (`declared`), then the page's own
 * declaration when it is `markup`.
 */
export function chooseEncoding(bytes: Buffer, declared: string | null = null, markup = true): string {
  return declaredEncoding(bytes, declared, markup) ?? (strictUtf8(bytes) === null ? 'windows-1252' : 'UTF-8');
}

/** The encoding the bytes or their server declare, null when nothing does (the default decides). */
function declaredEncoding(bytes: Buffer, declared: string | null, markup: boolean): string | null {
  const sniffer = new Sniffer({ ...(declared && { transportLayerEncodingLabel: declared }), ...(!markup && { maxBytes: BOM_BYTES }) });
  sniffer.write(bytes);
  return sniffer.resultType === ResultType.DEFAULT ? null : sniffer.encoding;
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 through Node's own decoder (several times faster than iconv-lite); the rest through
 * iconv-lite, since Node 20's TextDecoder reads windows-1252 as Latin-1 (0x93 is no quote mark).
 */
function decodeAs(bytes: Buffer, encoding: string): string {
  return encoding === 'UTF-8' ? UTF8.decode(bytes) : withoutLoneSurrogates(decodeBuffer(bytes, { userEncoding: encoding }));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * UTF-16 input may hold unpaired surrogates, which iconv-lite keeps and no output can encode (UTF-8
 * files would get U+FFFD, JSON a bare `\ud800`): they become U+FFFD here, as a WHATWG decoder makes them.
 */
function withoutLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
