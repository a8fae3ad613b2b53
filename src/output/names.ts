import { FORMAT_EXTENSION, type OutputFormat } from './format.js';

const INPUT_EXTENSION = /(?:\.(?:html?|xhtml|txt))?(?:\.gz)?$/i;

/**
 * Hands out output paths (relative to the output folder) for inputs: the input's path with the
 * format's extension, and `-2`, `-3`, ... when two inputs of one run would share a name.
 */
export class OutputNames {
  private readonly taken = new Set<string>();

  constructor(private readonly format: OutputFormat) {}

  claim(outputPath: string): string {
    const stem = outputPath.replace(INPUT_EXTENSION, '') || 'document';
    const extension = FORMAT_EXTENSION[this.format];
    let candidate = `${stem}${extension}`;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${extension}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
