import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/**
 * The inputs named in an `-i` list, one per line, read lazily so a list of millions costs no
 * memory. Blank lines and `#` comments are skipped; surrounding whitespace is trimmed.
 */
export async function* readInputList(stream: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    const entry = line.trim();
    if (entry !== '' && !entry.startsWith('#')) yield entry;
  }
}

export function openListFile(path: string): Readable {
  return createReadStream(path);
}
