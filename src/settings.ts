/** Every tunable constant of kliping, with its unit. Options override some of them per run. */

/** Bytes of an input read to decide HTML or text, and to look for binary content. */
export const SNIFF_BYTES = 1024;
/** Bytes searched for NUL and control characters before an input is called binary. */
export const BINARY_SNIFF_BYTES = 8192;
/** Share of control characters (other than tab, CR, LF, FF) in the sniffed bytes that makes an input binary. */
export const BINARY_CONTROL_SHARE = 0.1;
/** Tags per KB in the first KB of text that make an input HTML even without `<html>`. */
export const HTML_MIN_TAGS_PER_KB = 4;

/**
 * Parsing: characters of decoded text a document may have: 5 Mi, over three times the largest page
 * of the eval corpora (1.5 M). It bounds the work on one document (the library's `clean()` has no
 * byte limit of its own): 5 Mi of two-character lines, each a paragraph, take about 4 s; 10 Mi took 8.
 */
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;
/**
 * Parsing: bytes of UTF-8 decoded into one piece of text for the parser. Each piece must stay a
 * young object: V8 sends strings over 128 KiB (64 Ki characters of two bytes) to its large-object
 * space, where every one maps fresh memory.
 */
export const DECODE_CHUNK_BYTES = 32 * 1024;
/** Parsing: elements an HTML page may have. Real news pages have a few thousand (at most 2,139 in the eval corpora). */
export const MAX_DOM_ELEMENTS = 50_000;
/**
 * Parsing: levels of nested elements an HTML page may have (at most 50 in the eval corpora). The
 * stages walk the DOM recursively (cheerio's `.text()` too), and a few thousand levels overflow the stack.
 */
export const MAX_DOM_DEPTH = 500;
/** Parsing: levels of nested arrays and objects in a JSON-LD block (at most 6 in the eval corpora); deeper ones are ignored like broken JSON. */
export const JSON_LD_MAX_DEPTH = 32;

/** A text-mode line this long or longer is never the title. */
export const TITLE_MAX_CHARS = 200;
/** A line between the headline and the body longer than this is kept: it is no byline or date. */
export const HEADER_META_MAX_CHARS = 100;
/** A headline under a related/popular list header, or a tag after the body, is at most this long. */
export const LIST_ITEM_MAX_CHARS = 160;
/** A teaser under a listed headline is at most this long. */
export const TEASER_MAX_CHARS = 220;
/** Headline-and-teaser pairs trailing a story that make them a list of other stories. */
export const TEASER_LIST_MIN_ITEMS = 3;
/** Headlines removed after one related/popular list header at most. */
export const LIST_MAX_ITEMS = 12;

/** Paragraphs shorter than this (normalised) are never removed as repeats, only as title repeats. */
export const DEDUPE_MIN_CHARS = 21;
/** Word-shingle Jaccard at or above which a paragraph is a near-duplicate of an earlier one. */
export const NEAR_DUP_JACCARD = 0.9;
/** Words per shingle for near-duplicate detection. */
export const NEAR_DUP_SHINGLE_WORDS = 3;
/** Paragraphs with fewer words are only ever removed as exact duplicates. */
export const NEAR_DUP_MIN_WORDS = 8;
/** Earlier paragraphs compared with one paragraph at most, so dedupe stays linear on huge pages. */
export const NEAR_DUP_MAX_CANDIDATES = 32;
/** Kept paragraphs sharing one shingle that are counted as candidates at most, the latest ones. */
export const NEAR_DUP_MAX_POSTINGS = 64;

/** Paragraph text that a candidate container needs before the DOM search trusts it. */
export const CONTAINER_MIN_TEXT_CHARS = 200;
/** The container search climbs to a parent holding at least this many times its paragraph text. */
export const CONTAINER_CLIMB_RATIO = 1.5;
/** How many levels above the current container that climb looks for such a parent. */
export const CONTAINER_CLIMB_LEVELS = 3;
/** ...unless the parent's text is more than this share links (a page of teasers, not a story). */
export const CONTAINER_MAX_LINK_DENSITY = 0.35;
/** A paragraph shorter than this adds nothing to its container's score. */
export const SCORED_PARAGRAPH_MIN_CHARS = 25;
/** JSON-LD `articleBody` is used when the DOM found less than this share of its length. */
export const JSON_LD_BODY_PREFERRED_RATIO = 0.5;

/** A page whose unlinked sentences add up to fewer characters than this has no story: a listing. */
export const STORY_MIN_CHARS = 40;
/** A body whose text is at least this share links is a list of headlines, not a story. */
export const LISTING_LINKED_CHAR_SHARE = 0.3;
/** With `og:type` website, a body whose blocks are at least this share links is a listing. */
export const LISTING_LINKED_SHARE = 0.4;

/** Fetching: requests in flight at once across all hosts. */
export const FETCH_CONCURRENCY = 8;
/** Fetching: minimum time between the starts of two requests to one host. */
export const FETCH_DELAY_MS = 1000;
/** Fetching: limit on each request, whole: connecting, the headers and the last byte of the body. */
export const FETCH_TIMEOUT_MS = 30_000;
/** Fetching: further attempts after a network error, 429 or 5xx. */
export const FETCH_RETRIES = 2;
/** Fetching: largest response header block; more is no web page (Node's own default). */
export const FETCH_MAX_HEADER_BYTES = 16 * 1024;
/** Fetching and reading: largest page, counted after decompression. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** Fetching: redirects followed for one URL. */
export const MAX_REDIRECTS = 10;
/** Retries: first backoff step; doubles with every attempt, with full jitter. */
export const RETRY_BASE_MS = 500;
/** Retries: longest wait, whatever `Retry-After` asks. */
export const RETRY_MAX_WAIT_MS = 60_000;
/** robots.txt larger than this is cut (Google's limit is 500 KiB). */
export const ROBOTS_MAX_BYTES = 512 * 1024;
/** Fetching: pages of one paginated story followed at most, the first included. */
export const MAX_PAGES = 20;

/** Output: longest file or folder name written, in bytes of UTF-8 (the limit of ext4, APFS, ZFS...). */
export const OUTPUT_NAME_MAX_BYTES = 255;

/** Discovery: levels of sitemap index below the sitemap given: deeper nesting is a loop or a mistake, not news. */
export const SITEMAP_MAX_DEPTH = 3;
/** Discovery: child sitemaps fetched in one walk at most: a cron run must end, whatever an index lists. */
export const SITEMAP_MAX_CHILDREN = 1000;
/** Discovery: largest `.xml.gz` listing once inflated: the sitemaps.org limit of 50 MiB per sitemap. */
export const LISTING_MAX_INFLATED_BYTES = 50 * 1024 * 1024;
/** Discovery: offset of a listing date that names no zone, and of the day a date-only value covers: Indonesian sites write WIB. */
export const LISTING_DEFAULT_OFFSET = '+07:00';

/** Extraction: wall-clock budget for cleaning one document (`--doc-timeout`). */
export const DOC_TIMEOUT_MS = 10_000;
/** Worker threads: heap one extraction worker may use; a document needing more fails alone. A 10 MB page, the default `--max-bytes`, needs under 256 MB. */
export const WORKER_OLD_HEAP_MB = 512;
/** Worker threads: young generation of one extraction worker; below V8's 48 MB it cuts peak memory by a fifth at no measurable CPU cost. */
export const WORKER_YOUNG_HEAP_MB = 16;
/**
 * Worker threads: documents per worker when a run's arguments tell how many it holds and `-j` is
 * not given. Every worker warms up on its own (V8 interprets, profiles and compiles the stages
 * afresh: 1.5-2 CPU seconds); on 2 cores, two workers only caught up with one at about 400 pages
 * (181 pages: 1.06 s with one worker, 1.23 s with two; bench/README.md).
 */
export const DOCUMENTS_PER_WORKER = 200;
/** Worker threads: documents read ahead per worker, so the pool never waits for input and memory stays bounded. */
export const DOCUMENTS_AHEAD_PER_JOB = 2;
