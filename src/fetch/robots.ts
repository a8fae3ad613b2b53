import { createRequire } from 'node:module';

/** The part of robots-parser we use. */
type ParseRobots = (
  url: string,
  text: string,
) => { isAllowed(url: string, userAgent?: string): boolean | undefined; getCrawlDelay(userAgent?: string): number | undefined };

// robots-parser is CommonJS and its types declare an ES default export it does not have.
const robotsParser = createRequire(import.meta.url)('robots-parser') as ParseRobots;

/** What robots.txt says for one origin, reduced to what the fetcher asks. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** The crawl delay for our user agent, in milliseconds, when the file gives one. */
  crawlDelayMs: number | null;
  /** Why everything is disallowed, when it is for want of a readable file. */
  why?: string;
}

/** Fetches `robots.txt` (through the caller's polite client) without following redirects: a 3xx comes back with its `location`. */
export type RobotsFetch = (url: string) => Promise<{ status: number; text: string; location?: string | null }>;

/** Redirects followed to find a robots.txt, as RFC 9309 asks (at least five); past them the file counts as unavailable. */
const ROBOTS_MAX_REDIRECTS = 5;

/**
 * robots.txt per origin, fetched once per run and parsed by robots-parser. Following RFC 9309: a
 * missing file (4xx) allows everything; a server error (5xx) disallows everything, for a server in
 * trouble is no server to crawl. A host that cannot be reached at all is left to the page request,
 * whose own error then tells what really happened.
 */
export class RobotsCache {
  private readonly origins = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly userAgent: string,
    private readonly fetchText: RobotsFetch,
  ) {}

  forUrl(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.origins.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.origins.set(origin, rules);
    }
    return rules;
  }

  private async load(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    let response: { status: number; text: string; location?: string | null };
    // A site moved to https (or a CDN) redirects its robots.txt: its rules are the target's.
    for (let from = robotsUrl, hops = 0; ; hops += 1) {
      try {
        response = await this.fetchText(from);
      } catch {
        return everything(true);
      }
      if (response.status < 300 || response.status >= 400) break;
      const next = redirectTarget(response.location, from);
      if (!next || hops === ROBOTS_MAX_REDIRECTS) return everything(true); // unavailable, like a 4xx
      from = next;
    }
    if (response.status >= 400 && response.status < 500) return everything(true);
    if (response.status !== 200) return everything(false, `${robotsUrl} answered HTTP ${response.status}: treated as disallowing everything (RFC 9309)`);
    // Parsed as this origin's file wherever it came from: robots-parser answers only for its own origin.
    const robots = robotsParser(robotsUrl, response.text);
    const delay = robots.getCrawlDelay(this.userAgent);
    return {
      isAllowed: (url) => robots.isAllowed(url, this.userAgent) !== false,
      crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : null,
    };
  }
}

/** An http(s) URL a redirect points to, or null. */
function redirectTarget(location: string | null | undefined, from: string): string | null {
  try {
    const target = new URL(location ?? '', from);
    return location && (target.protocol === 'http:' || target.protocol === 'https:') ? target.href : null;
  } catch {
    return null;
  }
}

function everything(allowed: boolean, why?: string): RobotsRules {
  return { isAllowed: () => allowed, crawlDelayMs: null, ...(why && { why }) };
}
