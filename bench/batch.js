// The batch measurements: the CLI over a folder of the corpus copied 20 times with -j 1 and -j 2,
// and -j 1's peak RSS over 1,000 and 10,000 documents. Copies are hard links in a temporary folder
// (copied when linking fails), removed afterwards; corpus files are never committed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('rss-cli.js', import.meta.url));

/** One CLI run (`-q -f jsonl`, output discarded): wall time, peak RSS and CPU time. */
export function runCli(args) {
  const at = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [CLI, '-q', '-f', 'jsonl', ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const ms = Number(process.hrtime.bigint() - at) / 1e6;
  const lines = child.stderr.toString().trim().split('\n');
  if (child.status !== 0) throw new Error(`kliping ${args.join(' ')} exited ${child.status}: ${lines.slice(0, 3).join(' | ')}`);
  return { ms, ...JSON.parse(lines.at(-1)) };
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** The runs of one configuration: median times, highest peak RSS. */
export function summarize(pages, samples) {
  const ms = median(samples.map((sample) => sample.ms));
  const cpuSeconds = median(samples.map((sample) => sample.cpuSeconds));
  // Pages per CPU second does not depend on what else the machine runs: the cost of the threads themselves.
  return { pages, runs: samples.length, ms, pagesPerSecond: pages / (ms / 1000), pagesPerCpuSecond: pages / cpuSeconds, peakRssMb: Math.max(...samples.map((sample) => sample.peakRssMb)) };
}

export function measureBatch(htmlDir, { copies = 20, runs = 3, flatCounts = [1000, 10_000] } = {}) {
  const names = readdirSync(htmlDir).filter((name) => /\.html?$/.test(name)).sort();
  const root = mkdtempSync(join(tmpdir(), 'kliping-bench-'));
  try {
    const folder = join(root, 'pages');
    const files = [];
    for (let copy = 1; copy <= copies; copy += 1) {
      const dir = join(folder, `copy-${String(copy).padStart(2, '0')}`);
      mkdirSync(dir, { recursive: true });
      for (const name of names) {
        const target = join(dir, name);
        try {
          linkSync(join(htmlDir, name), target);
        } catch {
          copyFileSync(join(htmlDir, name), target);
        }
        files.push(target);
      }
    }
    // Alternate -j 1 and -j 2 so that other load on the machine falls on both alike.
    const samples = { 1: [], 2: [] };
    for (let run = 0; run < runs; run += 1) for (const jobs of [1, 2]) samples[jobs].push(runCli(['-j', String(jobs), folder]));
    const one = summarize(files.length, samples[1]);
    const two = summarize(files.length, samples[2]);
    // A list cycling through the copies: -j 1's memory must not grow with the number of documents.
    const flat = flatCounts.map((count) => {
      const list = join(root, `list-${count}.txt`);
      writeFileSync(list, Array.from({ length: count }, (_, i) => `${files[i % files.length]}\n`).join(''));
      return { documents: count, ...runCli(['-j', '1', '-i', list]) };
    });
    return { files: files.length, jobs1: one, jobs2: two, ratio: two.pagesPerSecond / one.pagesPerSecond, rssFlat: flat };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
