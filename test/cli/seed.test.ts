import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_SAMPLE } from '../helpers/fixtures.js';

const seedLines = readFileSync(SEED_SAMPLE, 'utf8').split('\n').filter(Boolean);
const HEADLINE = 'Putin: Rusia dan Korut Akan Hadapi Sanksi Barat Bersama';
// The seed: headline, "loading...", three "A" lines, nine paragraphs, then eight of them again.
const PARAGRAPHS = seedLines.slice(5, 14);

describe('the seed sample (SINDOnews, saved as text, body repeated)', () => {
  it('has the shape this test assumes', () => {
    expect(seedLines[0]).toBe(HEADLINE);
    expect(seedLines.slice(1, 5)).toEqual(['loading...', 'A', 'A', 'A']);
    expect(new Set(PARAGRAPHS).size).toBe(9);
    expect(seedLines.slice(14)).toEqual(PARAGRAPHS.slice(1));
  });

  it('prints exactly the headline and the nine distinct paragraphs in order', async () => {
    const result = await runCli([SEED_SAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${[HEADLINE, ...PARAGRAPHS].join('\n')}\n`);
  });

  it('prints the same through stdin, by default and with -', async () => {
    const bytes = readFileSync(SEED_SAMPLE);
    const implicit = await runCli([], { stdin: bytes });
    const dash = await runCli(['-'], { stdin: bytes });
    expect(implicit.stdout).toBe(`${[HEADLINE, ...PARAGRAPHS].join('\n')}\n`);
    expect(dash.stdout).toBe(implicit.stdout);
    expect(implicit.code).toBe(0);
  });

  it('gives the title, nine paragraphs and the removal counts as JSON', async () => {
    const result = await runCli(['-f', 'json', SEED_SAMPLE]);
    const record = JSON.parse(result.stdout);
    expect(record.title).toBe(HEADLINE);
    expect(record.type).toBe('text');
    expect(record.paragraphs).toEqual(PARAGRAPHS);
    expect(record.paragraphs[0]).toMatch(/^JAKARTA - Presiden Rusia/);
    expect(record.text).toBe(PARAGRAPHS.join('\n'));
    expect(record.removed).toEqual({ boilerplate: 4, duplicates: 8 });
    expect(record.input).toBe(SEED_SAMPLE);
    expect(record.language).toBe('id');
    for (const field of ['url', 'author', 'published', 'site']) expect(record).toHaveProperty(field, null);
  });

  it('still prints the seed when a missing file is beside it, names the missing file and exits 1', async () => {
    const result = await runCli([SEED_SAMPLE, 'no/such/page.html']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${[HEADLINE, ...PARAGRAPHS].join('\n')}\n`);
    expect(result.stderr).toBe('kliping: no/such/page.html: no such file or directory\n');
  });

  it('keeps the repeats with --no-dedupe', async () => {
    const record = JSON.parse((await runCli(['-f', 'json', '--no-dedupe', SEED_SAMPLE])).stdout);
    expect(record.paragraphs).toHaveLength(17);
    expect(record.removed).toEqual({ boilerplate: 4, duplicates: 0 });
  });

  it('lists each removal and its reason with --debug', async () => {
    const result = await runCli(['--debug', SEED_SAMPLE]);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('boilerplate:font-size-control'))).toHaveLength(3);
    expect(lines.filter((line) => line.includes('boilerplate:loading'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('dup:exact'))).toHaveLength(8);
  });

  it('lists the removals of documents cleaned in worker threads too (a batch with --debug)', async () => {
    const result = await runCli(['--debug', '-j', '2', '-f', 'jsonl', SEED_SAMPLE, SEED_SAMPLE]);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('boilerplate:font-size-control'))).toHaveLength(6);
    expect(lines.filter((line) => line.includes('dup:exact'))).toHaveLength(16);
  });
});
