/**
 * One document to clean, as the input stage hands it on. Reading is deferred so that listing a
 * huge folder costs no memory, and every failure (missing file, empty folder, a URL we cannot
 * fetch) surfaces from `read()` and is reported like any other bad input.
 */
export interface InputItem {
  /** The input as the user gave it, or the path of a file found inside a given folder. */
  name: string;
  /** Where the result goes under `--output-dir`: the path relative to the folder it was found in. */
  outputPath: string;
  read: () => Promise<InputDocument>;
}

/** A document's bytes, and for a fetched page what the server said about them. */
export interface InputDocument {
  bytes: Buffer;
  fetched?: {
    /** The URL after redirects. */
    url: string;
    /** The charset the `Content-Type` header names. */
    charset: string | null;
    /** When the server says it answered: the reference time for "2 jam yang lalu". */
    date: Date;
    /** Validators for a conditional request next time (`--state` keeps them). */
    etag?: string | null;
    lastModified?: string | null;
  };
  /** The story's further pages, in order, cleaned together with this one as one document. */
  pages?: InputDocument[];
}

export async function bytesOnly(bytes: Promise<Buffer>): Promise<InputDocument> {
  return { bytes: await bytes };
}

export function failedItem(name: string, outputPath: string, error: Error): InputItem {
  return { name, outputPath, read: () => Promise.reject(error) };
}
