/**
 * kliping as a library: the same cleaning the command line does, for other programs.
 * Functions here throw KlipingError subclasses; they never print or exit.
 */
import { resolveCleanOptions, type CleanOptions } from './clean-options.js';
import { processDocument } from './pipeline.js';
import { type ArticleRecord, toArticle } from './record.js';

/**
 * Cleans one saved news page (HTML or text, as a string or raw bytes) into an article record.
 *
 * @example
 * import { clean } from 'kliping';
 * const article = clean('Judul Berita\nloading...\nA\nJAKARTA - Isi berita.', { name: 'berita.txt' });
 * article.title;      // 'Judul Berita'
 * article.paragraphs; // ['JAKARTA - Isi berita.']
 * article.removed;    // { boilerplate: 2, duplicates: 0 }
 */
export function clean(input: string | Buffer, options: CleanOptions = {}): ArticleRecord {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return toArticle(processDocument({ bytes }, resolveCleanOptions(options)));
}

/**
 * Cleans a whole batch (files, folders, `-` for stdin, `-i` lists) and writes the results, as the
 * command line does: in `jobs` worker threads (default: one per core), each document within
 * `docTimeoutMs` (default 10 s); resolves with how many inputs succeeded and failed.
 *
 * @example
 * import { run } from 'kliping';
 * const summary = await run(
 *   { inputs: ['saved/'], format: 'jsonl', jobs: 2, docTimeoutMs: 5000 },
 *   { stdin: process.stdin, stdout: process.stdout, reporter: { error: console.error, warn: () => {} } },
 * );
 * process.exitCode = summary.failed > 0 ? 1 : 0;
 */
export { run } from './run.js';

/**
 * The boilerplate table: every pattern kliping removes, with its id, language and examples.
 *
 * @example
 * import { BOILERPLATE_PHRASES } from 'kliping';
 * BOILERPLATE_PHRASES.map((phrase) => phrase.id); // ['loading', 'font-size-control', ...]
 */
export { BOILERPLATE_PHRASES } from './clean/index.js';

/**
 * Error classes, each with a stable `code` (`E_INPUT_NOT_FOUND`, `E_OUTPUT_EXISTS`, ...).
 *
 * @example
 * import { clean, KlipingError } from 'kliping';
 * try { clean(''); } catch (error) { if (error instanceof KlipingError) console.error(error.code); } // E_INPUT_EMPTY
 */
export * from './errors.js';

export type { CleanOptions } from './clean-options.js';
export type { RunIO, RunOptions, RunSummary, Reporter } from './run.js';
export type { ArticleRecord, ErrorRecord, Removal } from './record.js';
export type { BoilerplatePhrase } from './clean/index.js';
export type { OutputFormat } from './output/index.js';
