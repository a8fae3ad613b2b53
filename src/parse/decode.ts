import { decodeBuffer, getEncoding } from 'encoding-sniffer';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes by their BOM, then the HTTP charset, then a `<meta charset>` (or XML declaration),
 * then as UTF-8; bytes
 * that declare nothing and are not valid UTF-8 are read as windows-1252, which is what old
 * Indonesian sites that forgot their charset meant. The sniffing is encoding-sniffer's (the
 * WHATWG algorithm cheerio uses); we only choose the fallback. Text read as text (`--type text`)
 * has no markup to declare a charset: a `<meta charset>` quoted in it is not read.
 */
export function decodeBytes(bytes: Buffer, declared: string | null = null, markup = true): string {
  return withoutLoneSurrogates(decodeBuffer(bytes, { userEncoding: chooseEncoding(bytes, declared, markup) }));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * UTF-16 input may hold unpaired surrogates, which iconv-lite keeps and no output can encode (UTF-8
 * files would get U+FFFD, JSON a bare `\ud800`): they become U+FFFD here, as a WHATWG decoder makes them.
 */
function withoutLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** Bytes the sniffer reads when only a byte-order mark may declare the encoding. */
const BOM_BYTES = 3;

/**
 * The encoding: BOM, then the server's `Content-Type` charset (`declared`), then the page's own
 * declaration when it is `markup`.
 */
export function chooseEncoding(bytes: Buffer, declared: string | null = null, markup = true): string {
  const options = { ...(declared && { transportLayerEncodingLabel: declared }), ...(!markup && { maxBytes: BOM_BYTES }) };
  const ifUtf8 = getEncoding(bytes, { ...options, defaultEncoding: 'UTF-8' });
  const ifLatin = getEncoding(bytes, { ...options, defaultEncoding: 'windows-1252' });
  // Different answers for different defaults: the bytes declared nothing, so the default decides.
  if (ifUtf8 === ifLatin) return ifUtf8;
  return isValidUtf8(bytes) ? 'UTF-8' : 'windows-1252';
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
