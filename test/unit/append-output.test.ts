import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendOutput } from '../../src/output/append.js';
import { useTempDirs } from '../helpers/tmp.js';

const tempDir = useTempDirs();

async function openWith(content: string | null): Promise<{ output: AppendOutput; path: string }> {
  const path = join(tempDir(), 'out.jsonl');
  if (content !== null) writeFileSync(path, content);
  return { output: await AppendOutput.open(path), path };
}

describe('AppendOutput.open', () => {
  it('creates a missing file, with no last line', async () => {
    const { output, path } = await openWith(null);
    await output.close();
    expect(existsSync(path)).toBe(true);
    expect(output.lastLine).toBeNull();
    expect(output.droppedBytes).toBe(0);
  });

  it('reports the last whole line and leaves a file ending in a newline as it is', async () => {
    const { output, path } = await openWith('{"a":1}\n{"b":2}\n');
    await output.close();
    expect(output.lastLine).toBe('{"b":2}');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"b":2}\n');
  });

  it('cuts off a last line without its newline, and reports the whole line before it', async () => {
    const { output, path } = await openWith('{"a":1}\n{"b":2}\n{"input":"c","ti');
    await output.close();
    expect(output).toMatchObject({ lastLine: '{"b":2}', droppedBytes: 16 });
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"b":2}\n');
  });

  it('cuts off a line torn within its first bytes', async () => {
    const { output, path } = await openWith('{"a":1}\n{"in');
    await output.close();
    expect(output).toMatchObject({ lastLine: '{"a":1}', droppedBytes: 4 });
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
  });

  it('refuses, leaving it as it is, a file ending in a partial line kliping did not begin', async () => {
    const path = join(tempDir(), 'notes.txt');
    writeFileSync(path, 'my notes\nno newline at the end');
    await expect(AppendOutput.open(path)).rejects.toThrow(`${path} ends in a partial line that kliping did not write`);
    expect(readFileSync(path, 'utf8')).toBe('my notes\nno newline at the end');
  });

  it('finds lines longer than the chunks it reads the end in', async () => {
    const long = `{"text":"${'kata '.repeat(40_000)}"}`;
    const torn = `{"input":"${'x'.repeat(100_000)}`;
    const { output, path } = await openWith(`{"a":1}\n${long}\n${torn}`);
    await output.close();
    expect(output).toMatchObject({ lastLine: long, droppedBytes: torn.length });
    expect(readFileSync(path, 'utf8')).toBe(`{"a":1}\n${long}\n`);
  });

  it('cuts a file without any newline down to nothing: it is one unfinished line', async () => {
    const { output, path } = await openWith('{"input":"a');
    await output.close();
    expect(output).toMatchObject({ lastLine: null, droppedBytes: 11 });
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('appends each result as one line after what was there', async () => {
    const { output, path } = await openWith('{"a":1}\n');
    await output.write({ input: 'x.html', outputPath: 'x.html', error: { code: 'E_INPUT_EMPTY', message: 'empty' } });
    output.sync();
    await output.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"input":"x.html","error":{"code":"E_INPUT_EMPTY","message":"empty"}}\n');
  });
});
