import { OUTPUT_NAME_MAX_BYTES } from '../settings.js';
import { FORMAT_EXTENSION, type OutputFormat } from './format.js';

const INPUT_EXTENSION = /(?:\.(?:html?|xhtml|txt|jsonl|ndjson|warc))?(?:\.gz)?$/i;

/** Characters no file name should hold: controls (NUL included), and those Windows forbids. */
const UNSAFE_CHARS = /[\x00-\x1f\x7f<>:"|?*]/g;

/** Names Windows reserves for devices, with any extension: `CON`, `nul.txt`, `COM1.html`. */
const RESERVED_STEM = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Hands out output paths (relative to the output folder) for inputs: the input's path with the
 * format's extension, and `-2`, `-3`, ... when two inputs of one run would share a name, compared
 * without case (on macOS and Windows `A.txt` and `a.txt` are one file). The paths come from URLs a
 * server chose and from file names, so each is made safe on any file system: it never leaves the
 * folder (`..`, absolute paths, backslashes), holds no control or reserved characters, is no device
 * name, and no part of it is longer than OUTPUT_NAME_MAX_BYTES bytes of UTF-8.
 */
export class OutputNames {
  private readonly taken = new Set<string>();

  constructor(private readonly format: OutputFormat) {}

  claim(outputPath: string): string {
    const folders = safeSegments(outputPath);
    const stem = (folders.pop() ?? '').replace(INPUT_EXTENSION, '') || 'document';
    const extension = FORMAT_EXTENSION[this.format];
    const name = (suffix: string): string => [...folders, `${fitBytes(stem, OUTPUT_NAME_MAX_BYTES - byteLength(suffix + extension))}${suffix}${extension}`].join('/');
    let candidate = name('');
    for (let n = 2; this.taken.has(sameFileKey(candidate)); n += 1) candidate = name(`-${n}`);
    this.taken.add(sameFileKey(candidate));
    return candidate;
  }
}

/** The path's parts, each made a safe name; `.`, `..` and empty parts dropped, so nothing climbs out. */
function safeSegments(path: string): string[] {
  return path
    .split(/[/\\]+/)
    .map((segment) => {
      // Windows drops trailing dots and spaces, which would make two names one.
      const cleaned = segment.replace(UNSAFE_CHARS, '_').replace(/[. ]+$/, '');
      const reserved = RESERVED_STEM.test(cleaned.split('.')[0] ?? '');
      return fitBytes(reserved ? `_${cleaned}` : cleaned, OUTPUT_NAME_MAX_BYTES);
    })
    .filter((segment) => segment !== '');
}

/** The longest start of `text` within `maxBytes` bytes of UTF-8, never cutting a character in two. */
function fitBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let fitted = '';
  let bytes = 0;
  for (const char of text) {
    bytes += byteLength(char);
    if (bytes > maxBytes) break;
    fitted += char;
  }
  return fitted;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Names that one case-insensitive, normalisation-insensitive file system (APFS, NTFS) holds as one file. */
function sameFileKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}
