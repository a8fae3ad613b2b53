/**
 * Metadata accuracy as ../shared/tools/meta_score.py judges it, plus whether listing pages were recognised.
 * Only article pages count for title, published and author, each only when the gold has the field.
 */
import { caseFold, foldWhitespace, SPACE_CHAR } from './python-text.js';

/** The metadata fields a gold page may carry. */
export interface MetadataGold {
  title?: string | null;
  published?: string | null;
  author?: string | null;
  /** `article` (when absent) or `not-article` for home, index and tag pages. */
  kind?: string | null;
}

/** What the harness reads off kliping's record; `article` may be missing in older records. */
export interface MetadataPrediction {
  title?: string | null;
  published?: string | null;
  author?: string | string[] | null;
  article?: boolean;
}

/** Per field: whether the prediction got it right, or undefined when the page does not count for it. */
export interface MetadataCheck {
  title?: boolean;
  published?: boolean;
  author?: boolean;
  /** Only for `not-article` gold: the record said `article: false`. */
  nonArticle?: boolean;
}

export function checkMetadata(gold: MetadataGold, predicted: MetadataPrediction | null): MetadataCheck {
  // As in meta_score.py, only an absent kind means article; a null one is some other kind.
  const kind = gold.kind === undefined ? 'article' : gold.kind;
  if (kind === 'not-article') return { nonArticle: predicted?.article === false };
  if (kind !== 'article') return {};
  const check: MetadataCheck = {};
  if (gold.title) check.title = sameTitle(gold.title, predicted?.title);
  if (gold.published) check.published = samePublished(gold.published, predicted?.published);
  if (gold.author) check.author = authorsFound(gold.author, predicted?.author);
  return check;
}

/** Equal after folding whitespace and case. */
export function sameTitle(gold: string, predicted: string | null | undefined): boolean {
  return fold(gold) === fold(predicted);
}

/**
 * Same local date, and when the gold has a time, the same hour and minute and (when the gold has one) the same
 * UTC offset: 10:05+07:00 is not 03:05Z, because a reader sees the local time.
 */
export function samePublished(gold: string, predicted: string | null | undefined): boolean {
  const want = parseWhen(gold);
  const got = parseWhen(predicted);
  if (!want || !got || want.date !== got.date) return false;
  if (want.minute === undefined) return true;
  return want.minute === got.minute && (want.offset === undefined || want.offset === got.offset);
}

/** Every gold name (split at commas, " dan " and " and ") found inside the predicted author string. */
export function authorsFound(gold: string, predicted: string | string[] | null | undefined): boolean {
  const found = fold(Array.isArray(predicted) ? predicted.join(', ') : predicted);
  const names = gold.split(/,| dan | and /).filter((name) => foldWhitespace(name) !== '').map(fold);
  return names.every((name) => found.includes(name));
}

function fold(text: string | null | undefined): string {
  return caseFold(foldWhitespace(text ?? ''));
}

// meta_score.py's `when`, matched at the start; Python's \d is any decimal digit and \s its own whitespace.
const WHEN = new RegExp(
  String.raw`^(\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2})(?:[T ](\p{Nd}{2}:\p{Nd}{2})(?::\p{Nd}{2}(?:\.\p{Nd}+)?)?` +
    String.raw`${SPACE_CHAR}*(Z|[+-]\p{Nd}{2}:?\p{Nd}{2})?)?`,
  'u',
);

interface When {
  date: string;
  minute: string | undefined;
  offset: string | undefined;
}

function parseWhen(text: string | null | undefined): When | null {
  const match = WHEN.exec(text ?? '');
  if (!match) return null;
  const [, date = '', minute, rawOffset] = match;
  const offset = rawOffset === 'Z' ? '+00:00' : rawOffset;
  return { date, minute, offset: offset && !offset.includes(':') ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset };
}
