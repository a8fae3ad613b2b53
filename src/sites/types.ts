/**
 * What kliping knows about one family of news sites, as data. Every field is optional: a rule
 * only helps, and where its selectors find nothing the generic engine carries on alone.
 */
export interface SiteRule {
  /** Short id of the family (`detik`, `tribunnews`): in tests, `--debug` and removal reasons. */
  id: string;
  /** Registrable domains the rule covers; subdomains match too (`detik.com` covers `news.detik.com`). */
  hosts: string[];
  /** Selectors of the article body, tried in order; the first with enough text wins. */
  body?: string[];
  /** Selectors of boilerplate inside the body (inline related boxes, ads, video embeds, tag lists). */
  drop?: string[];
  /** Selectors whose text or `datetime`/`content` holds the publication time, tried in order. */
  published?: string[];
  /** Selectors of the last-modified time, where the site shows one. */
  modified?: string[];
  /** Selectors whose text names the author (a byline like "Penulis: Fulan" is read as the name). */
  author?: string[];
  /** Selectors whose text names the editor. */
  editor?: string[];
  /** Selectors of the tag links. */
  tags?: string[];
  /** How to ask the site for a paginated story on one page: query parameters to set, or a path suffix. */
  singlePage?: { query?: Record<string, string>; pathSuffix?: string };
  /** Offset of the site's times when a date names no zone (`+07:00`, WIB, for most of the table). */
  defaultOffset?: string;
}
