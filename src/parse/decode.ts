import { isUtf8 } from 'node:buffer';
import { decodeBuffer } from 'encoding-sniffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { DECODE_CHUNK_BYTES } from '../settings.js';

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
  return decodeChunks(bytes, declared, markup, Infinity).join('');
}

/**
 * The same text as `decodeBytes`, in pieces decoded from at most `chunkBytes` bytes each, for a
 * parser that takes its input piece by piece. A page decoded whole is one string of up to twice its
 * bytes, which V8 puts in its large-object space: fresh memory mapped for every page, faulted in
 * and unmapped again (half the system time of a batch, measured). Pieces of UTF-8 (nearly every
 * page) are ordinary young objects; other encodings come whole, as one piece.
 */
export function decodeChunks(bytes: Buffer, declared: string | null = null, markup = true, chunkBytes = DECODE_CHUNK_BYTES): string[] {
  const encoding = chooseEncoding(bytes, declared, markup);
  return encoding === 'UTF-8' ? utf8Chunks(bytes, chunkBytes) : [decodeOther(bytes, encoding)];
}

/**
 * The encoding: BOM, then the server's `Content-Type` charset (`declared`), then the page's own
 * declaration when it is `markup`.
 */
export function chooseEncoding(bytes: Buffer, declared: string | null = null, markup = true): string {
  return declaredEncoding(bytes, declared, markup) ?? (isUtf8(bytes) ? 'UTF-8' : 'windows-1252');
}

/** The encoding the bytes or their server declare, null when nothing does (the default decides). */
function declaredEncoding(bytes: Buffer, declared: string | null, markup: boolean): string | null {
  const sniffer = new Sniffer({ ...(declared && { transportLayerEncodingLabel: declared }), ...(!markup && { maxBytes: BOM_BYTES }) });
  sniffer.write(bytes);
  return sniffer.resultType === ResultType.DEFAULT ? null : sniffer.encoding;
}

/** Pieces decoded by one streaming decoder, so that a character cut between two pieces is read whole. */
function utf8Chunks(bytes: Buffer, chunkBytes: number): string[] {
  const decoder = new TextDecoder('utf-8');
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, bytes.length);
    const chunk = decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
    if (chunk !== '') chunks.push(chunk);
  }
  return chunks;
}

/**
 * An encoding other than UTF-8 (which goes through Node's own decoder, several times faster), by
 * iconv-lite: Node 20's TextDecoder reads windows-1252 as Latin-1 (0x93 is no quote mark).
 */
function decodeOther(bytes: Buffer, encoding: string): string {
  return withoutLoneSurrogates(decodeBuffer(bytes, { userEncoding: encoding }));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * UTF-16 input may hold unpaired surrogates, which iconv-lite keeps and no output can encode (UTF-8
 * files would get U+FFFD, JSON a bare `\ud800`): they become U+FFFD here, as a WHATWG decoder makes them.
 */
function withoutLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
