import type { SiteRule } from './types.js';

export type { SiteRule } from './types.js';

/** The table: one entry per site family, each in its own file. */
export const SITE_RULES: readonly SiteRule[] = [];

const byHost = new Map<string, SiteRule>(SITE_RULES.flatMap((rule) => rule.hosts.map((host) => [host, rule] as const)));

/** The rule for a URL's host or any of its parent domains (`m.news.detik.com` -> `detik.com`), or null. */
export function ruleForUrl(url: string | null): SiteRule | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  for (let at = 0; at !== -1; at = host.indexOf('.', at + 1)) {
    const rule = byHost.get(at === 0 ? host : host.slice(at + 1));
    if (rule) return rule;
  }
  return null;
}
