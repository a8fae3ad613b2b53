import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { SEED_SAMPLE } from '../helpers/fixtures.js';
import { articlePage, html, startServer } from '../helpers/server.js';
import { useTempDirs } from '../helpers/tmp.js';

/**
 * Output that cannot be turned against the user: names from URLs and files never leave
 * --output-dir, and a full disk ends the run with one message and no half file. (Name rules in
 * detail: test/unit/output-names.test.ts; a closed pipe: output.test.ts.)
 */

const tempDir = useTempDirs();
const seedText = readFileSync(SEED_SAMPLE, 'utf8');
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('output names stay inside --output-dir', () => {
  it('for URLs a server chose: dot segments, encoded slashes, device names, case twins, 600-byte names', async () => {
    const server = await startServer({ '/*': html(articlePage('Nama')) });
    const paths = ['/a/..%2f..%2f..%2fkabur', '/%2e%2e/%2e%2e/%2e%2e/kabur2', '/a\\..\\..\\kabur3', '/CON', '/nul.txt', '/Berita', '/berita', `/${'%C3%A9'.repeat(300)}`];
    const dir = tempDir();
    const out = join(dir, 'deep', 'out');
    const result = await runCli(['--delay', '0', '--retries', '0', '-o', out, ...paths.map((path) => `${server.origin}${path}`)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(filesUnder(dir).every((path) => path.startsWith(join('deep', 'out')))).toBe(true);
    const written = filesUnder(out);
    expect(written).toHaveLength(paths.length);
    for (const path of written) for (const part of path.split('/')) expect(bytes(part)).toBeLessThanOrEqual(255);
    expect(written).toEqual(expect.arrayContaining([
      '127.0.0.1/_CON.txt', '127.0.0.1/_nul.txt', '127.0.0.1/Berita.txt', '127.0.0.1/berita-2.txt', '127.0.0.1/kabur2.txt', '127.0.0.1/kabur3.txt',
    ]));
  });

  it('for file names: device names, backslashes, control characters', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'saved'));
    for (const name of ['CON.html', 'nul.txt', 'a\\..\\..\\b.txt', 'bel\x07.txt', 'aux.html']) writeFileSync(join(dir, 'saved', name), seedText);
    const result = await runCli([join(dir, 'saved'), '-o', join(dir, 'out')]);
    expect(result.code).toBe(0);
    expect(filesUnder(join(dir, 'out'))).toEqual(['_CON.txt', '_aux.txt', '_nul.txt', 'a/b.txt', 'bel_.txt']);
  });
});

/** Whether this machine lets an unprivileged user mount a tmpfs in a private namespace (Linux, most CI runners). */
const canMountTmpfs = process.platform === 'linux' && spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=16k tmpfs /mnt'], { stdio: 'ignore' }).status === 0;

/**
 * Runs `command` (sh) with $DISK a fresh 16 KiB tmpfs, 8 KiB of it already taken, in a private
 * mount namespace, and $KEEP a folder outside it where the command leaves what the test checks.
 */
function onSmallDisk(command: string): { keep: string; status: number; stderr: string } {
  const dir = tempDir();
  const [disk, keep] = [join(dir, 'disk'), join(dir, 'keep')];
  mkdirSync(disk);
  mkdirSync(keep);
  const script = `mount -t tmpfs -o size=16k tmpfs "$DISK" && head -c 5000 /dev/zero > "$DISK/filler" && ${command}`;
  const run = spawnSync('unshare', ['-rm', 'sh', '-c', script], { cwd: ROOT, env: { ...process.env, DISK: disk, KEEP: keep, NODE: process.execPath }, encoding: 'utf8' });
  return { keep, status: run.status ?? -1, stderr: run.stderr };
}

describe('a full disk (ENOSPC) ends the run: one message, exit 1, no half file', () => {
  it('on standard output (> /dev/full)', () => {
    const run = spawnSync('sh', ['-c', `"$NODE" bin/kliping.js -f jsonl missing.html "$SEED" "$SEED" > /dev/full`], {
      cwd: ROOT,
      env: { ...process.env, NODE: process.execPath, SEED: SEED_SAMPLE },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'kliping: missing.html: no such file or directory',
      'kliping: missing.html: no space left on device writing standard output (ENOSPC): stopping, nothing more can be written',
      '',
    ]);
  });

  it.skipIf(!canMountTmpfs)('appending JSON Lines to a file (>>): the record that did not fit is cut back, so every line is whole', () => {
    const inputs = Array.from({ length: 4 }, () => SEED_SAMPLE).join(' ');
    const run = onSmallDisk(`"$NODE" bin/kliping.js -f jsonl ${inputs} >> "$DISK/articles.jsonl"; echo $? > "$KEEP/status"; cp "$DISK/articles.jsonl" "$KEEP/"`);
    expect(run.status).toBe(0);
    expect(readFileSync(join(run.keep, 'status'), 'utf8').trim()).toBe('1');
    expect(run.stderr).toMatch(/^kliping: \S+: no space left on device writing standard output \(ENOSPC\): stopping, nothing more can be written\n$/);
    const appended = readFileSync(join(run.keep, 'articles.jsonl'), 'utf8');
    expect(appended.endsWith('\n')).toBe(true);
    const lines = appended.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(4);
    for (const line of lines) expect(JSON.parse(line).title).toMatch(/^Putin/);
  });

  it.skipIf(!canMountTmpfs)('into --output-dir: no half file, no temporary file, no attempt after the first failure', () => {
    const inputs = Array.from({ length: 6 }, (_, n) => `${n}.txt`);
    const run = onSmallDisk(
      `mkdir "$KEEP/in" && ${inputs.map((name) => `cp "${SEED_SAMPLE}" "$KEEP/in/${name}"`).join(' && ')} && ` +
        `"$NODE" bin/kliping.js "$KEEP/in" -o "$DISK/out"; echo $? > "$KEEP/status"; cp -r "$DISK/out" "$KEEP/"; ls -A "$DISK/out" > "$KEEP/listing"`,
    );
    expect(readFileSync(join(run.keep, 'status'), 'utf8').trim()).toBe('1');
    expect(run.stderr).toMatch(/^kliping: \S+\/in\/\d\.txt: no space left on device writing \S+\/out\/\d\.txt \(ENOSPC\): stopping, nothing more can be written\n$/);
    const listing = readFileSync(join(run.keep, 'listing'), 'utf8').trim().split('\n').filter(Boolean);
    expect(listing.length).toBeLessThan(inputs.length);
    expect(listing.filter((name) => !/^\d\.txt$/.test(name))).toEqual([]);
    expect(listing.length).toBeGreaterThan(0);
    const whole = spawnSync(process.execPath, ['bin/kliping.js', SEED_SAMPLE], { cwd: ROOT, encoding: 'utf8' }).stdout;
    for (const name of listing) expect(readFileSync(join(run.keep, 'out', name), 'utf8')).toBe(whole);
  });

  it.skipIf(!canMountTmpfs)('a record file gathered into --output-dir: no half output file, no temporary file, one message', () => {
    const record = JSON.stringify({ id: 1, text: readFileSync(SEED_SAMPLE, 'utf8') });
    const run = onSmallDisk(
      `mkdir "$KEEP/in" && for n in 1 2 3 4; do printf '%s\\n' '${record.replace(/'/g, "'\\''")}' >> "$KEEP/in/part.jsonl"; done && ` +
        `"$NODE" bin/kliping.js --records "$KEEP/in" -o "$DISK/out" --done-dir "$KEEP/done"; echo $? > "$KEEP/status"; ls -A "$DISK/out" > "$KEEP/listing"; ls -A "$KEEP/done" > "$KEEP/markers"`,
    );
    expect(readFileSync(join(run.keep, 'status'), 'utf8').trim()).toBe('1');
    expect(run.stderr).toMatch(/^kliping: \S+\/in\/part\.jsonl:\d: no space left on device writing \S+\/out\/part\.jsonl \(ENOSPC\): stopping, nothing more can be written\n$/);
    expect(readFileSync(join(run.keep, 'listing'), 'utf8')).toBe('');
    expect(readFileSync(join(run.keep, 'markers'), 'utf8')).toBe('');
  });
});
