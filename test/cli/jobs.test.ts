import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fixtureCases } from '../helpers/fixtures.js';
import { lineSoup } from '../helpers/huge-page.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();

/** Every fixture's input in one folder, named after its case, as a user's folder of saved pages. */
function fixtureFolder(): string {
  const dir = tempDir();
  for (const fixture of fixtureCases()) copyFileSync(fixture.inputPath, join(dir, `${fixture.name}${extname(fixture.inputPath)}`));
  return dir;
}

const inputsOf = (jsonl: string): string[] => jsonl.trim().split('\n').map((line) => basename(JSON.parse(line).input));

describe('-j, --jobs', () => {
  it('defaults to one worker for a short list of files, one per core for a folder, and says which in --profile', async () => {
    const files = fixtureCases().slice(0, 6).map((fixture) => fixture.inputPath);
    const jobsOf = (stderr: string): string | undefined => /document\(s\) (with -j \d+|in the main thread)/.exec(stderr)?.[1];
    const [short, folder, forced, single] = await Promise.all([
      runCli(['-q', '--profile', '-f', 'jsonl', ...files]),
      runCli(['-q', '--profile', '-f', 'jsonl', fixtureFolder()]),
      runCli(['-q', '--profile', '-j', '2', '-f', 'jsonl', ...files]),
      runCli(['-q', '--profile', files[0]!]),
    ]);
    expect([short, folder, forced, single].map((result) => result.code)).toEqual([0, 0, 0, 0]);
    expect(jobsOf(short.stderr)).toBe('with -j 1');
    expect(jobsOf(folder.stderr)).toBe(`with -j ${availableParallelism()}`);
    expect(jobsOf(forced.stderr)).toBe('with -j 2');
    expect(jobsOf(single.stderr)).toBe('in the main thread');
    expect(forced.stdout).toBe(short.stdout);
  });

  it.each(['text', 'jsonl'])('prints the same bytes, in input order, with 1, 2 and 4 jobs (-f %s)', async (format) => {
    const dir = fixtureFolder();
    const [one, two, four] = await Promise.all(['1', '2', '4'].map((jobs) => runCli(['-q', '-j', jobs, '-f', format, dir])));
    expect(one!.code).toBe(0);
    expect(one!.stdout.length).toBeGreaterThan(1000);
    expect(two).toEqual(one);
    expect(four).toEqual(one);
    if (format === 'jsonl') expect(inputsOf(one!.stdout)).toEqual(fixtureCases().map((fixture) => basename(fixture.inputPath).replace('input', fixture.name)));
  });

  it('reports a failing input in the middle as the main thread does, and goes on (exit 1)', async () => {
    const dir = fixtureFolder();
    const binary = join(dir, 'site-kompas.html'); // sorted among the others: a failure in the middle
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 4]));
    // Alone, the input is cleaned in the main thread: the worker's error must come back the same.
    const [pooled, alone] = await Promise.all([runCli(['-q', '-j', '2', '-f', 'jsonl', dir]), runCli(['-f', 'jsonl', binary])]);
    expect(pooled.code).toBe(1);
    const records = pooled.stdout.trim().split('\n');
    const failed = records.findIndex((line) => JSON.parse(line).error);
    expect(records[failed]).toBe(alone.stdout.trim());
    expect(JSON.parse(alone.stdout).error.code).toBe('E_INPUT_BINARY');
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(records.length - 1);
    expect(records.filter((line) => JSON.parse(line).error)).toHaveLength(1);
    expect(pooled.stderr).toBe(alone.stderr);
    expect(pooled.stderr).toMatch(new RegExp(`^kliping: ${binary}: .+\n$`));
  });

  it('reads a document from standard input, and a list of inputs from it', async () => {
    const [fixture, other] = fixtureCases();
    const page = readFileSync(fixture!.inputPath);
    const [pooled, alone] = await Promise.all([
      runCli(['-q', '-j', '2', '-f', 'jsonl', '-', other!.inputPath], { stdin: page }),
      runCli(['-q', '-f', 'jsonl', '-'], { stdin: page }),
    ]);
    expect(pooled.code).toBe(0);
    const [fromStdin, fromFile] = pooled.stdout.trim().split('\n');
    expect(fromStdin).toBe(alone.stdout.trim());
    expect(JSON.parse(fromFile!).input).toBe(other!.inputPath);
    const list = await runCli(['-q', '-j', '2', '-f', 'jsonl', '-i', '-'], { stdin: `${fixture!.inputPath}\n${other!.inputPath}\n` });
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n').map((line) => JSON.parse(line).input)).toEqual([fixture!.inputPath, other!.inputPath]);
  });

  it.each([
    [['-j', '0'], /expected a whole number of at least 1/],
    [['--jobs', 'abc'], /expected a whole number of at least 1/],
    [['--doc-timeout', '0'], /expected a duration above 0/],
    [['--doc-timeout', 'soon'], /expected a duration such as/],
  ])('refuses kliping %j as a usage error (exit 2, one line)', async (args, message) => {
    const result = await runCli([...args, fixtureCases()[0]!.inputPath]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--doc-timeout', () => {
  it('stops a document over its budget (E_DOC_TIMEOUT), and fresh workers clean the rest', async () => {
    const dir = tempDir();
    // The slowest documents the limits let through take about 3 s here; a 1 s budget still leaves
    // small pages ample time, even in a cold worker on a loaded machine.
    const huge = [join(dir, 'huge-1.txt'), join(dir, 'huge-2.txt')];
    for (const path of huge) writeFileSync(path, lineSoup());
    const small = fixtureCases().slice(0, 4).map((fixture) => fixture.inputPath);
    const inputs = [small[0]!, huge[0]!, small[1]!, huge[1]!, small[2]!, small[3]!];
    const result = await runCli(['-q', '-j', '2', '--doc-timeout', '1s', '-f', 'jsonl', ...inputs]);
    expect(result.code).toBe(1);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => record.input)).toEqual(inputs);
    expect(records.map((record) => record.error?.code ?? 'ok')).toEqual(['ok', 'E_DOC_TIMEOUT', 'ok', 'E_DOC_TIMEOUT', 'ok', 'ok']);
    expect(records[1].error.message).toMatch(/budget of 1s/);
    expect(result.stderr.trim().split('\n')).toEqual(huge.map((path) => expect.stringMatching(new RegExp(`^kliping: ${path}: .*1s`))));
  });
});
