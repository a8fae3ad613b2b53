import { describe, expect, it } from 'vitest';
import { PROFILED_STAGES, StageClock } from '../../src/profile.js';
import { runCli } from '../helpers/cli.js';
import { fixtureCases } from '../helpers/fixtures.js';

const inputs = fixtureCases().slice(0, 6).map((fixture) => fixture.inputPath);

/** The profile lines of stderr as stage -> [total ms, ms per document]. */
function profileOf(stderr: string): { documents: number; stages: Map<string, number[]> } {
  const lines = stderr.split('\n').filter((line) => line.startsWith('kliping: profile: '));
  const documents = Number(/(\d+) document/.exec(lines[0] ?? '')?.[1]);
  const stages = new Map(lines.slice(1).map((line) => {
    const [stage, total, perDocument] = line.replace('kliping: profile: ', '').trim().split(/\s+/);
    return [stage!, [Number(total), Number(perDocument)]];
  }));
  return { documents, stages };
}

describe('--profile', () => {
  it.each(['1', '2'])('prints every stage\'s time on stderr and leaves stdout as it was (-j %s)', async (jobs) => {
    const [plain, profiled] = await Promise.all([runCli(['-q', '-j', jobs, '-f', 'jsonl', ...inputs]), runCli(['-q', '--profile', '-j', jobs, '-f', 'jsonl', ...inputs])]);
    expect(profiled.code).toBe(0);
    expect(profiled.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    const { documents, stages } = profileOf(profiled.stderr);
    expect(documents).toBe(inputs.length);
    expect([...stages.keys()]).toEqual([...PROFILED_STAGES]);
    for (const [stage, [total, perDocument]] of stages) {
      expect(total, stage).toBeGreaterThan(0);
      expect(perDocument! * documents, stage).toBeCloseTo(total!, 0);
    }
  });

  it('profiles a single document cleaned in the main thread', async () => {
    const result = await runCli(['--profile', inputs[0]!]);
    expect(result.code).toBe(0);
    expect(profileOf(result.stderr).documents).toBe(1);
    expect(profileOf(result.stderr).stages.get('parse')?.[0]).toBeGreaterThan(0);
  });
});

describe('StageClock', () => {
  it('adds each stage\'s time, also for work that throws, and times measured elsewhere', () => {
    const clock = new StageClock();
    expect(clock.time('parse', () => 42)).toBe(42);
    expect(() => clock.time('clean', () => { throw new Error('bad page'); })).toThrow('bad page');
    clock.add({ parse: 5, dedupe: 2 });
    expect(clock.totals.parse).toBeGreaterThanOrEqual(5);
    expect(clock.totals.clean).toBeGreaterThanOrEqual(0);
    expect(clock.totals.dedupe).toBe(2);
    expect(clock.totals.extract).toBeUndefined();
    expect(clock.report().map((line) => line.split(/\s+/)[1])).toEqual(['0', 'parse', 'clean', 'dedupe']);
  });
});
