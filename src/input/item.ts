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
  read: () => Promise<Buffer>;
}

export function failedItem(name: string, outputPath: string, error: Error): InputItem {
  return { name, outputPath, read: () => Promise.reject(error) };
}
