import type { ArticleRecord, DocumentType, ErrorRecord } from '../record.js';

/**
 * One document to clean, as the input stage hands it on. Reading is deferred so that listing a
 * huge folder costs no memory, and every failure (missing file, empty folder, a URL we cannot
 * fetch, a malformed record) surfaces when it is read and is reported like any other bad input.
 */
export type InputItem = ReadItem | FileItem;

interface ItemBase {
  /** The input as the user gave it, the path of a file found inside a given folder, or a record's place (`dump.jsonl:17`). */
  name: string;
  /** Where the result goes under `--output-dir`: the path relative to the folder it was found in. */
  outputPath: string;
  /** The file this document came from, when it is one (`--done-dir` marks it, `-o` may gather its results). */
  source?: SourceFile;
  /**
   * What the output line is made of, for inputs that bring their own fields: a record's
   * pass-through fields, a WARC record's coordinates. Called after reading; JSON formats only.
   */
  wrap?: (record: ArticleRecord | ErrorRecord) => object;
}

/** A document the run's own thread reads: a URL, standard input, a record, an archive's page. */
export interface ReadItem extends ItemBase {
  read: () => Promise<InputDocument>;
}

/**
 * A local file that is one document. Whichever thread cleans it reads it (`readFileBytes`), so that
 * in a batch over many cores the main thread only lists files and writes results.
 */
export interface FileItem extends ItemBase {
  file: FileRef;
}

export interface FileRef {
  path: string;
  /** `--max-bytes`: a larger file (or one that inflates larger) is refused. */
  maxBytes: number;
}

/** A document's bytes, and for a fetched page what the server said about them. */
export interface InputDocument {
  bytes: Buffer;
  /** How to read the bytes when the input itself says (a record's `html` or `text` field); else `--type` decides. */
  type?: DocumentType;
  fetched?: {
    /** The URL after redirects (or a record's own `url`); null when the source names none. */
    url: string | null;
    /** The charset the `Content-Type` header names. */
    charset: string | null;
    /** When the server says it answered (or the WARC-Date): the reference time for "2 jam yang lalu". */
    date: Date | null;
    /** Validators for a conditional request next time (`--state` keeps them). */
    etag?: string | null;
    lastModified?: string | null;
  };
  /** The story's further pages, in order, cleaned together with this one as one document. */
  pages?: InputDocument[];
}

/**
 * An input file as a whole. `container` files (JSON Lines records, WARC) hold many documents; with
 * `-o DIR` their results are gathered into one output file per input file.
 */
export interface SourceFile {
  name: string;
  outputPath: string;
  size: number;
  mtimeMs: number;
  container: boolean;
}

/**
 * Marks in the stream of documents: a file's last document has been handed on (`end`), or the file
 * was passed over because `--done-dir` says an earlier run finished it (`done`).
 */
export interface SourceMark {
  mark: 'end' | 'done';
  source: SourceFile;
}

export type InputEntry = InputItem | SourceMark;

export function isSourceMark(entry: InputEntry): entry is SourceMark {
  return 'mark' in entry;
}

export async function bytesOnly(bytes: Promise<Buffer>): Promise<InputDocument> {
  return { bytes: await bytes };
}

export function failedItem(name: string, outputPath: string, error: Error): ReadItem {
  return { name, outputPath, read: () => Promise.reject(error) };
}
