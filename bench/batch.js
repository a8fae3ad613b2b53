// The batch measurements: the CLI over a folder of the corpus copied 20 times with -j 1 and -j 2,
// two -j 1 processes at once over its halves (what two cores give this work with nothing shared
// between the two, the ceiling for -j 2), and -j 1's peak RSS over 1,000 and 10,000 documents.
// Copies are hard links in a temporary folder (copied when linking fails), removed afterwards;
// corpus files are never committed.
import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('rss-cli.js', import.meta.url));

/** One CLI run (`-q -f jsonl`, output discarded): wall time, peak RSS and CPU time. */
export async function runCli(args) {
  const at = process.hrtime.bigint();
  const child = spawn(process.execPath, [CLI, '-q', '-f', 'jsonl', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (data) => (stderr += data));
  const status = await new Promise((resolve, reject) => child.on('error', reject).on('close', resolve));
  const ms = Number(process.hrtime.bigint() - at) / 1e6;
  const lines = stderr.trim().split('\n');
  if (status !== 0) throw new Error(`kliping ${args.join(' ')} exited ${status}: ${lines.slice(0, 3).join(' | ')}`);
  return { ms, ...JSON.parse(lines.at(-1)) };
}

/** Two `-j 1` runs at once, over half the inputs each: the wall time of both, their CPU time and peak RSS added up. */
async function runHalves(first, second) {
  const at = process.hrtime.bigint();
  const [a, b] = await Promise.all([runCli(['-j', '1', ...first]), runCli(['-j', '1', ...second])]);
  const ms = Number(process.hrtime.bigint() - at) / 1e6;
  return { ms, cpuSeconds: a.cpuSeconds + b.cpuSeconds, peakRssMb: a.peakRssMb + b.peakRssMb };
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

export async function measureBatch(htmlDir, { copies = 20, runs = 3, flatCounts = [1000, 10_000] } = {}) {
  const names = readdirSync(htmlDir).filter((name) => /\.html?$/.test(name)).sort();
  const root = mkdtempSync(join(tmpdir(), 'kliping-bench-'));
  try {
    const folder = join(root, 'pages');
    const files = [];
    const dirs = [];
    for (let copy = 1; copy <= copies; copy += 1) {
      const dir = join(folder, `copy-${String(copy).padStart(2, '0')}`);
      dirs.push(dir);
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
    // Alternate the configurations so that other load on the machine falls on all alike.
    const samples = { 1: [], 2: [], halves: [] };
    const half = Math.ceil(dirs.length / 2);
    for (let run = 0; run < runs; run += 1) {
      for (const jobs of [1, 2]) samples[jobs].push(await runCli(['-j', String(jobs), folder]));
      samples.halves.push(await runHalves(dirs.slice(0, half), dirs.slice(half)));
    }
    const one = summarize(files.length, samples[1]);
    const two = summarize(files.length, samples[2]);
    const processes = summarize(files.length, samples.halves);
    // A list cycling through the copies: -j 1's memory must not grow with the number of documents.
    const flat = [];
    for (const count of flatCounts) {
      const list = join(root, `list-${count}.txt`);
      writeFileSync(list, Array.from({ length: count }, (_, i) => `${files[i % files.length]}\n`).join(''));
      flat.push({ documents: count, ...(await runCli(['-j', '1', '-i', list])) });
    }
    return {
      files: files.length,
      jobs1: one,
      jobs2: two,
      ratio: two.pagesPerSecond / one.pagesPerSecond,
      twoProcesses: processes,
      twoProcessesRatio: processes.pagesPerSecond / one.pagesPerSecond,
      rssFlat: flat,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
