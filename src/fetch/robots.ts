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

/** Fetches `robots.txt` (through the caller's polite client) and answers 200, 404 or 503 for it. */
export type RobotsFetch = (url: string) => Promise<{ status: number; text: string }>;

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
    let response: { status: number; text: string };
    try {
      response = await this.fetchText(robotsUrl);
    } catch {
      return everything(true);
    }
    if (response.status >= 400 && response.status < 500) return everything(true);
    if (response.status !== 200) return everything(false, `${robotsUrl} answered HTTP ${response.status}: treated as disallowing everything (RFC 9309)`);
    const robots = robotsParser(robotsUrl, response.text);
    const delay = robots.getCrawlDelay(this.userAgent);
    return {
      isAllowed: (url) => robots.isAllowed(url, this.userAgent) !== false,
      crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : null,
    };
  }
}

function everything(allowed: boolean, why?: string): RobotsRules {
  return { isAllowed: () => allowed, crawlDelayMs: null, ...(why && { why }) };
}
