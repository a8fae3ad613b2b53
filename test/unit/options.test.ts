import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONS, optionsMarkdown } from '../../src/cli/options.js';

describe('the option table', () => {
  it('is the table the README shows (regenerate it from optionsMarkdown() when an option changes)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(optionsMarkdown());
  });

  it('has unique flags, each with a description', () => {
    const longFlags = OPTIONS.map((option) => /--[\w-]+/.exec(option.flags)?.[0]);
    expect(new Set(longFlags).size).toBe(OPTIONS.length);
    for (const option of OPTIONS) expect(option.description.length).toBeGreaterThan(10);
  });

  it('gives every choice option a default among its choices', () => {
    for (const option of OPTIONS.filter((entry) => entry.choices)) expect(option.choices).toContain(option.default);
  });
});
