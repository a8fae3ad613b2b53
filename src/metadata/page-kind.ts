import type { Block } from '../record.js';
import { LISTING_LINKED_CHAR_SHARE, LISTING_LINKED_SHARE, STORY_MIN_CHARS } from '../settings.js';
import { endsLikeSentence } from '../text.js';

/** Paths of home, index, tag, topic, category and search pages on news sites. */
const LISTING_PATH =
  /^\/(?:(?:indeks|index|tag|tags|topik|topic|topics|search|cari|pencarian|kanal|category|categories|kategori|terpopuler|terkini|arsip|archive)(?:[/?#.]|$)|(?:index\.\w+)?$)/i;
/** Hosts that only serve listings (`indeks.kompas.com`). */
const LISTING_HOST = /^(?:indeks|index)\./i;

export interface PageFacts {
  url: string | null;
  blocks: Block[];
  /** `og:type`, lower-cased, when the page declares one. */
  ogType: string | null;
  /** The page declares an Article-like JSON-LD object. */
  declaresArticle: boolean;
}

/**
 * Tells an article from a listing (home, index, tag, search page). A listing's address says so, or
 * its body is headlines: mostly links, and no run of story sentences. A page that declares itself
 * an article in JSON-LD is trusted unless its address is a listing's.
 */
export function isArticlePage(facts: PageFacts): boolean {
  if (facts.url && isListingUrl(facts.url)) return false;
  if (facts.declaresArticle) return true;
  const chars = (blocks: Block[]): number => blocks.reduce((sum, block) => sum + block.text.length, 0);
  const story = chars(facts.blocks.filter((block) => !block.linked && endsLikeSentence(block.text)));
  if (story < STORY_MIN_CHARS) return false;
  const linked = facts.blocks.filter((block) => block.linked);
  if (chars(linked) >= chars(facts.blocks) * LISTING_LINKED_CHAR_SHARE) return false;
  // A page that calls itself a website, not an article, needs fewer headlines to be a listing.
  return !(facts.ogType === 'website' && linked.length >= facts.blocks.length * LISTING_LINKED_SHARE);
}

export function isListingUrl(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return LISTING_HOST.test(hostname) || LISTING_PATH.test(pathname);
  } catch {
    return false;
  }
}
