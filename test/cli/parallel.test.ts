import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { inShard } from '../../src/input/shard.js';
import { BIN, type CliOptions, runCli, runCommand } from '../helpers/cli.js';
import { writeDump } from '../helpers/record-dump.js';
import { useTempDirs } from '../helpers/tmp.js';

// README's GNU parallel recipes: a dump piped through one kliping per chunk of lines, and one
// kliping per --shard. Each must write what a single kliping writes.

const tempDir = useTempDirs();
// moreutils has a `parallel` of its own, with other options.
const missing = /GNU parallel/.test(spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout ?? '')
  ? null
  : 'needs GNU parallel (apt-get install parallel, as .ci/run does)';
const KLIPING = [process.execPath, BIN, '--records', '-q', '-j', '1'];

beforeEach(({ skip }) => skip(missing !== null, missing ?? undefined));

/** GNU parallel in `dir`, which is also its HOME (it keeps a ~/.parallel); --will-cite: no citation notice. */
const parallel = (dir: string, args: string[], options: CliOptions = {}) => runCommand('parallel', ['--will-cite', ...args], { ...options, cwd: dir, env: { HOME: dir } });

type Line = { kliping: { input: string; error?: unknown } };
const lines = (stdout: string): Line[] => stdout.split('\n').slice(0, -1).map((line) => JSON.parse(line) as Line);
const withoutInput = (line: Line): unknown => ({ ...line, kliping: { ...line.kliping, input: undefined } });

describe('GNU parallel', () => {
  it('--pipe -k: one kliping per chunk of whole lines, the records of one run in order; the exit status counts the chunks with a failed line', async () => {
    const dir = tempDir();
    const dump = writeDump(dir, 6, 20).map((path) => readFileSync(join(dir, path), 'utf8')).join('');
    const single = await runCli(['--records', '-q'], { stdin: dump });
    const piped = await parallel(dir, ['--pipe', '-k', '--block', '20k', ...KLIPING], { stdin: dump });
    const out = lines(piped.stdout);
    expect(out.map(withoutInput)).toEqual(lines(single.stdout).map(withoutInput));
    // Each chunk is its own standard input, its lines counted from 1: the name is per process, and
    // the dump's own `id` is the join key.
    const numbers = out.map((line) => Number(/^-:(\d+)$/.exec(line.kliping.input)![1]));
    const chunkStarts = numbers.flatMap((number, i) => (number === 1 ? [i] : []));
    for (const [i, number] of numbers.entries()) expect(number === 1 || number === numbers[i - 1]! + 1).toBe(true);
    expect(chunkStarts.length).toBeGreaterThan(3);
    const chunks = chunkStarts.map((start, c) => out.slice(start, chunkStarts[c + 1]));
    expect(piped.code).toBe(chunks.filter((chunk) => chunk.some((line) => line.kliping.error)).length);
  });

  it('--shard {}/4 with -o and --done-dir: the output files of one run; relaunched, it has nothing left to do', async () => {
    const dir = tempDir();
    const inputs = writeDump(dir, 8, 10);
    expect((await runCli(['--records', '-q', 'in/', '-o', 'single/'], { cwd: dir })).code).toBe(1);
    const recipe = [process.execPath, BIN, '--records', '-q', 'in/', '--shard', '{}/4', '-o', 'out/', '--done-dir', 'done/', ':::', '1', '2', '3', '4'];
    const sharded = await parallel(dir, recipe);
    const filesOf = (folder: string): Record<string, string> => Object.fromEntries(readdirSync(join(dir, folder)).map((name) => [name, readFileSync(join(dir, folder, name), 'utf8')]));
    expect(filesOf('out')).toEqual(filesOf('single'));
    // parallel's exit status is the number of jobs that failed: here, the shards with a broken line.
    const failing = inputs.filter((path) => lines(filesOf('single')[path.slice('in/'.length)]!).some((line) => line.kliping.error));
    expect(sharded.code).toBe([1, 2, 3, 4].filter((k) => failing.some((path) => inShard(path, { index: k, count: 4 }))).length);
    expect(readdirSync(join(dir, 'done'))).toHaveLength(8);
    expect(await parallel(dir, recipe)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
