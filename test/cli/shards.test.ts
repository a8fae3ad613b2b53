import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { type KillTrigger, runUntilKilled } from '../helpers/kill.js';
import { seededRandom, storyPage } from '../helpers/stories.js';
import { useTempDirs } from '../helpers/tmp.js';

// --shard K/N and --done-dir: N processes (on N machines) split a job without talking to each
// other, and a job killed midway is relaunched and continues; together every record comes out once.

const tempDir = useTempDirs();
/** `SHARD_KILL_SEED=<seed>` repeats a failing sequence of kill points. */
const SEED = Number(process.env.SHARD_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));

const record = (file: number, line: number): string => JSON.stringify({ id: `${file}-${line}`, html: storyPage(file * 100 + line) });

/** `files` record files of `lines` lines each under dir/in, and three HTML pages under dir/pages. */
function job(files: number, lines: number): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  for (let file = 0; file < files; file += 1) {
    const text = Array.from({ length: lines }, (_, line) => record(file, line)).join('\n');
    writeFileSync(join(dir, 'in', `part-${String(file).padStart(3, '0')}.jsonl`), `${text}\n`);
  }
  return dir;
}

const outputLines = (stdout: string): string[] => stdout.split('\n').filter(Boolean);

/** Every line of every file under `folder`, and no temporary file left there. */
function linesUnder(folder: string): string[] {
  const names = readdirSync(folder, { recursive: true }) as string[];
  expect(names.filter((name) => name.includes('.kliping-'))).toEqual([]);
  return names.flatMap((name) => outputLines(readFileSync(join(folder, name), 'utf8')));
}

describe('--shard', () => {
  it('splits files between shards: each file in exactly one, together all of them', async () => {
    const dir = job(12, 2);
    const whole = await runCli(['--records', 'in'], { cwd: dir });
    const parts = await Promise.all([1, 2, 3].map((k) => runCli(['--records', 'in', '--shard', `${k}/3`], { cwd: dir })));
    const inputs = parts.map((part) => outputLines(part.stdout).map((line) => (JSON.parse(line) as { kliping: { input: string } }).kliping.input));
    for (const part of inputs) expect(part.length).toBeGreaterThan(0);
    // A file is never split: its lines come out together from one shard.
    for (const part of inputs) for (const input of part) expect(part.filter((other) => other.split(':')[0] === input.split(':')[0])).toHaveLength(2);
    expect(parts.flatMap((part) => outputLines(part.stdout)).sort()).toEqual(outputLines(whole.stdout).sort());
  });

  it("splits standard input's records by line number", async () => {
    const input = `${Array.from({ length: 30 }, (_, line) => record(0, line)).join('\n')}\n`;
    const whole = await runCli(['--records'], { stdin: input });
    const parts = await Promise.all([1, 2].map((k) => runCli(['--records', '--shard', `${k}/2`], { stdin: input })));
    const counts = parts.map((part) => outputLines(part.stdout).length);
    expect(Math.min(...counts)).toBeGreaterThan(5);
    expect(parts.flatMap((part) => outputLines(part.stdout)).sort()).toEqual(outputLines(whole.stdout).sort());
  });

  it('splits HTML files too, and refuses a shard that is not K/N with exit 2', async () => {
    const dir = tempDir();
    for (let n = 0; n < 8; n += 1) writeFileSync(join(dir, `${n}.html`), storyPage(n));
    const parts = await Promise.all([1, 2].map((k) => runCli(['.', '-f', 'jsonl', '--shard', `${k}/2`], { cwd: dir })));
    expect(parts.flatMap((part) => outputLines(part.stdout)).length).toBe(8);
    const bad = await runCli(['.', '--shard', '3/2'], { cwd: dir });
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/--shard <k\/n>.*expected K\/N with 1 <= K <= N/);
  });
});

describe('--done-dir', () => {
  it('marks each finished file; a rerun passes marked files over, and cleans a changed one again', async () => {
    const dir = job(3, 2);
    const first = await runCli(['--records', 'in', '--done-dir', 'done'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(outputLines(first.stdout)).toHaveLength(6);
    const markers = readdirSync(join(dir, 'done'));
    expect(markers).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(dir, 'done', markers.find((name) => name.startsWith('part-001'))!), 'utf8'))).toMatchObject({ input: 'in/part-001.jsonl', documents: 2, failed: 0 });
    const again = await runCli(['--records', 'in', '--done-dir', 'done'], { cwd: dir });
    expect(again).toMatchObject({ code: 0, stdout: '', stderr: '' });
    utimesSync(join(dir, 'in', 'part-002.jsonl'), new Date(), new Date(Date.now() + 5000));
    const changed = await runCli(['--records', 'in', '--done-dir', 'done'], { cwd: dir });
    expect(outputLines(changed.stdout).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['2-0', '2-1']);
    expect(changed.stderr).toBe('kliping: in/part-002.jsonl: warning: changed since an earlier run finished it: cleaning it again\n');
  });

  it('does not mark a file that failed as a whole, so the next run tries it again', async () => {
    const dir = job(1, 1);
    writeFileSync(join(dir, 'in', 'part-bad.jsonl.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]));
    const first = await runCli(['--records', 'in', '--done-dir', 'done'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^kliping: in\/part-bad\.jsonl\.gz: /m);
    expect(readdirSync(join(dir, 'done'))).toEqual([expect.stringMatching(/^part-000\.jsonl\./)]);
    const second = await runCli(['--records', 'in', '--done-dir', 'done'], { cwd: dir });
    expect(second.code).toBe(1);
    expect(outputLines(second.stdout)).toHaveLength(1); // the bad file's error record only
  });

  it('a sharded job SIGKILLed at random moments and relaunched writes every record exactly once', async () => {
    const dir = job(9, 25);
    const single = await runCli(['--records', 'in', '-o', 'single'], { cwd: dir });
    expect(single.code).toBe(0);
    const random = seededRandom(SEED);
    let kills = 0;
    mkdirSync(join(dir, 'out'));
    for (const k of [1, 2, 3]) {
      const args = ['--records', 'in', '--shard', `${k}/3`, '-o', 'out', '--done-dir', 'done', '-j', '2'];
      for (let attempt = 0; ; attempt += 1) {
        // First killed while an output file is being gathered (a temporary file changes in out/),
        // then twice after 50–900 ms; then the relaunch is let finish.
        const trigger: KillTrigger | null =
          attempt === 0 ? { kind: 'change', folder: join(dir, 'out'), name: /^\.kliping-/, nth: 1 + Math.floor(random() * 3) } : attempt < 3 ? { kind: 'delay', ms: 50 + Math.floor(random() * 850) } : null;
        const outcome = await runUntilKilled(args, dir, trigger);
        if (!outcome.killed) {
          expect(outcome, `seed ${SEED}: ${outcome.stderr}`).toMatchObject({ code: 0 });
          break;
        }
        kills += 1;
      }
    }
    expect(kills, `seed ${SEED}`).toBeGreaterThan(0);
    expect(linesUnder(join(dir, 'out')).sort(), `seed ${SEED}`).toEqual(linesUnder(join(dir, 'single')).sort());
    expect(readdirSync(join(dir, 'done'))).toHaveLength(9);
    expect(existsSync(join(dir, 'out', 'part-000.jsonl'))).toBe(true);
  }, 120_000);
});
