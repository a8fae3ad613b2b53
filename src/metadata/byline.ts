import { collapseWhitespace } from '../text.js';

/** Who wrote and who edited, as a byline says it. */
export interface Credits {
  author: string | null;
  editor: string | null;
}

const AUTHOR_LABEL =
  /^(?:penulis|reporter|pewarta|wartawan|jurnalis|oleh|by|author|writer|kontributor(?:\s+\p{L}+){0,2}|laporan\s+(?:wartawan|reporter)\s+[\p{L}\d.]+|rep|fotografer|photographer)\b\s*:?\s*/iu;
const EDITOR_LABEL = /^(?:editor|redaktur|penyunting|red)\b\s*:?\s*/iu;
/** What trails a name in a byline: a role, a newsroom, a time (`Fulan, Jurnalis`, `Fulan - detikNews`, `Fulan pada 18 Jun`). */
const NAME_TAIL = /(?:\s*(?:,|\s-|–|—)\s*(?:jurnalis|wartawan|reporter|kontributor|editor|detik\w*|(?:cnn|cnbc)\s+indonesia|antara|\S+\.(?:com|id|co\.id))\b.*|\s+(?:pada|on)\s+\S.*|\s*[-–—|,]\s*$)/iu;
/** A name: a few words of letters (initials, apostrophes, hyphens allowed), no digits beyond a code like C31. */
const NAME = /^(?:[\p{L}][\p{L}'’.-]*|[A-Z]{1,3}\d{1,3})(?:\s+[\p{L}][\p{L}'’.-]*){0,6}$/u;
const NAME_MAX_CHARS = 60;
/**
 * Characters of a credit read for a name and its tail: a name is short and its tail begins right
 * after it. The tail and trim patterns backtrack over long runs of spaces or commas (quadratic),
 * so a 50,000-character "name" took seconds.
 */
const CREDIT_MAX_CHARS = 500;
/** Where one credit ends and the next begins: a bar, a line break, or a label after a comma or slash. */
const SEGMENT_BREAK = /\s*[|;\n]\s*|\s*[,/]\s*(?=(?:editor|redaktur|penyunting|red|rep|reporter|pewarta)\b)|\s+(?=(?:editor|redaktur|penyunting|red)\s*:)/iu;
/** An unlabelled byline must look like a person's name: two to six capitalised words. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,5}(?:\s*(?:,|\s-|–|—|\s(?:pada|on)\s).*)?$/u;
/** Companies and desks credited where a person's name belongs. */
const ORGANISATION = /\b(?:PT|CV|Tbk|Media|Cyber|Group|Network|Corp|Inc|Ltd|Redaksi|Newsroom|Team|Tim)\b/i;

/**
 * Reads a byline: `Penulis: Fulan | Editor: Fulani`, `Laporan Wartawan Tribunnews.com, Fulan`,
 * `Fulan - detikNews`, `Oleh Fulan pada 18 Jun 2024`, `Fulan, Jurnalis`, `Rep: A/ Red: B`,
 * `Pewarta: A` and `Editor: B` on two lines, or a bare name.
 */
export function readByline(text: string): Credits {
  const credits: Credits = { author: null, editor: null };
  // A label alone on its line ("Penulis" above ": Fulan") names the role of the next line.
  let pending: keyof Credits | null = null;
  // Runs of spaces as one: SEGMENT_BREAK's `\s*` retried from every space of a long run (quadratic).
  for (const raw of text.replace(/[^\S\n]+/g, ' ').split(SEGMENT_BREAK)) {
    const segment = collapseWhitespace(raw).replace(/^[:\s]+/, '');
    if (!segment) continue;
    const label = EDITOR_LABEL.test(segment) ? EDITOR_LABEL : AUTHOR_LABEL.test(segment) ? AUTHOR_LABEL : null;
    const role: keyof Credits | null = label === EDITOR_LABEL ? 'editor' : label ? 'author' : pending;
    const rest = label ? segment.replace(label, '').replace(/^[,:\s]+/, '') : segment;
    pending = null;
    if (!rest && role) {
      pending = role;
    } else if (role) {
      credits[role] ??= cleanName(rest);
    } else if (PERSON.test(segment)) {
      credits.author ??= cleanName(segment);
    }
  }
  return credits;
}

/** A person's name from what follows a label, or null when it is not a name (a date, a sentence). */
export function cleanName(text: string): string | null {
  const credit = collapseWhitespace(text).replace(/^[:,\s-]+/, '').slice(0, CREDIT_MAX_CHARS);
  const name = collapseWhitespace(credit.replace(NAME_TAIL, '')).replace(/^[:,\s-]+|[:,\s-]+$/g, '');
  if (!name || name.length > NAME_MAX_CHARS || !NAME.test(name) || ORGANISATION.test(name)) return null;
  return name;
}
