import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { ruleForUrl, SITE_RULES } from '../../src/sites/index.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';

const SELECTOR_FIELDS = ['body', 'drop', 'published', 'modified', 'author', 'editor', 'tags'] as const;

describe('the site rule table', () => {
  it('has unique ids and hosts, and kebab-case ids', () => {
    const ids = SITE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const hosts = SITE_RULES.flatMap((rule) => rule.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });

  it.each(SITE_RULES.map((rule) => [rule.id, rule] as const))('%s: every selector parses and the offset is valid', (_id, rule) => {
    const $ = load('<html><body><p>x</p></body></html>');
    for (const field of SELECTOR_FIELDS) {
      for (const selector of rule[field] ?? []) expect(() => $(selector), `${rule.id}.${field}: ${selector}`).not.toThrow();
    }
    if (rule.defaultOffset) expect(rule.defaultOffset).toMatch(/^[+-]\d{2}:\d{2}$/);
  });

  it.each(SITE_RULES.map((rule) => [rule.id, rule] as const))('%s: has a fixture page', (_id, rule) => {
    expect(existsSync(join(FIXTURES_DIR, `site-${rule.id}`, 'input.html')), `test/fixtures/site-${rule.id}/input.html`).toBe(true);
  });

  it('finds a rule by host or parent domain, and none for other sites', () => {
    const [first] = SITE_RULES;
    expect(first).toBeDefined();
    if (!first) return;
    const host = first.hosts[0]!;
    expect(ruleForUrl(`https://${host}/a`)?.id).toBe(first.id);
    expect(ruleForUrl(`https://m.news.${host}/a`)?.id).toBe(first.id);
    expect(ruleForUrl(`https://not${host}/a`)).toBeNull();
    expect(ruleForUrl('https://example.org/a')).toBeNull();
    expect(ruleForUrl('not a url')).toBeNull();
    expect(ruleForUrl(null)).toBeNull();
  });
});
