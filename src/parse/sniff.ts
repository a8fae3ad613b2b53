import { BinaryInputError, EmptyInputError } from '../errors.js';
import { BINARY_CONTROL_SHARE, BINARY_SNIFF_BYTES, HTML_MIN_TAGS_PER_KB, SNIFF_BYTES } from '../settings.js';
import type { DocumentType } from '../record.js';

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_ANYWHERE = /<(?:html|head|body)\b[^>]*>/i;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

/** Decides HTML or text from the first KB: a doctype or `<html>`, or many tags for their length. */
export function sniffType(source: string): DocumentType {
  const head = source.slice(0, SNIFF_BYTES);
  if (HTML_START.test(head) || HTML_ANYWHERE.test(head)) return 'html';
  const tags = head.match(TAG)?.length ?? 0;
  return tags >= (HTML_MIN_TAGS_PER_KB * head.length) / 1024 && tags >= 2 ? 'html' : 'text';
}

/**
 * Refuses empty and binary inputs before anything tries to clean them. UTF-16 with a BOM is text:
 * its NUL bytes are part of the encoding.
 */
export function checkBytes(bytes: Buffer, input: string): void {
  if (bytes.length === 0) throw new EmptyInputError('empty input', { input });
  if (hasUtf16Bom(bytes)) return;
  const sampled = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  // An indexed loop: for-of over a Buffer goes through its iterator, several times slower.
  for (let i = 0; i < sampled; i += 1) {
    const byte = bytes[i]!;
    if (byte >= 0x20) continue;
    if (byte === 0) throw new BinaryInputError('binary data (NUL bytes), not HTML or text', { input });
    if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  }
  if (controls > sampled * BINARY_CONTROL_SHARE) {
    throw new BinaryInputError('binary data (control characters), not HTML or text', { input });
  }
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
