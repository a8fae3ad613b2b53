/**
 * score.py's cleaning counts: leaked lines (output lines that are pieces of the input the gold does not have,
 * or known boilerplate) and repeated paragraphs left in. Lines are compared whitespace-folded and case-folded.
 */
import { pageBlocks } from './blocks.js';
import { caseFold, codePointLength, fileLines, foldWhitespace, isBlank, WORD_CHAR } from './python-text.js';

// Python's \b knows Unicode letters and JavaScript's does not; after a letter it means "no word character next".
const WORD_END = `(?!${WORD_CHAR})`;
/** score.py's BOILER: lines that are boilerplate wherever they appear, so they leak even without the input. */
const BOILERPLATE_LINE = new RegExp(
  String.raw`^(?:baca juga${WORD_END}|lihat juga${WORD_END}|simak (?:juga|video)${WORD_END}|advertisement$|` +
    String.raw`scroll to (?:continue|resume)|\[gambas:|\([a-z]{2,5}(?:/[a-z]{2,5})+\)$|loading\.*$|memuat\.*$|a$|a a a$)`,
  'iu',
);

/** A repeated line counts as a left-in duplicate only when longer than this (code points), as in score.py. */
const DUPLICATE_MIN_LENGTH = 20;

/** score.py's `norm`: whitespace runs folded to one space, then case-folded. */
export function normalizeLine(line: string): string {
  return caseFold(foldWhitespace(line));
}

/** A normalized line score.py's BOILER pattern matches. */
export function isBoilerplateLine(line: string): boolean {
  // Python's re.I also lets "i" match dotless "ı", the one letter case folding leaves for it to equate.
  return BOILERPLATE_LINE.test(line.replaceAll('ı', 'i'));
}

/**
 * The lines of the input an output line may have leaked from: a text input's lines, or an HTML page's blocks.
 * Both decoded as score.py reads them.
 */
export function inputLines(fileName: string, bytes: Buffer): string[] {
  if (fileName.endsWith('.txt')) return fileLines(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  return pageBlocks(bytes);
}

/**
 * Output lines equal to an input line that is part of no gold line, plus output lines matching the boilerplate
 * pattern that the gold does not have (a line can count under both, as in score.py). Without the input
 * (`null`), only the pattern counts.
 */
export function countLeakedLines(prediction: string, gold: string, input: string[] | null): number {
  const output = outputLines(prediction);
  const goldLines = new Set(goldLinesOf(gold));
  let leaked = 0;
  if (input) {
    const goldList = [...goldLines];
    const inNoGoldLine = (line: string): boolean => !goldList.some((goldLine) => goldLine.includes(line));
    const foreign = new Set(input.filter((line) => !isBlank(line)).map(normalizeLine).filter(inNoGoldLine));
    leaked += output.filter((line) => foreign.has(line)).length;
  }
  return leaked + output.filter((line) => isBoilerplateLine(line) && !goldLines.has(line)).length;
}

/** Extra copies of output lines longer than 20 characters, beyond how often the gold has them (at least once). */
export function countRepeatedLines(prediction: string, gold: string): number {
  const inGold = tally(goldLinesOf(gold));
  let repeated = 0;
  for (const [line, count] of tally(outputLines(prediction))) {
    const allowed = Math.max(1, inGold.get(line) ?? 0);
    if (count > allowed && codePointLength(line) > DUPLICATE_MIN_LENGTH) repeated += count - allowed;
  }
  return repeated;
}

/** score.py reads the prediction from a file, so any newline convention separates lines. */
function outputLines(prediction: string): string[] {
  return fileLines(prediction).filter((line) => !isBlank(line)).map(normalizeLine);
}

/** The gold comes out of a JSON string, where only `\n` separates lines. */
function goldLinesOf(gold: string): string[] {
  return gold.split('\n').filter((line) => !isBlank(line)).map(normalizeLine);
}

function tally(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}
