// Record mode's throughput: the corpus pages as one JSON Lines file (each page a record's `html`,
// repeated `copies` times), through `kliping --records` with -j 1 and -j 2, alternated; pages/s,
// pages per CPU second (per core) and MB/s of input. The file lives in a temporary folder.
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, summarize } from './batch.js';

export async function measureRecords(htmlDir, { copies = 5, runs = 3 } = {}) {
  const names = readdirSync(htmlDir).filter((name) => /\.html?$/.test(name)).sort();
  const root = mkdtempSync(join(tmpdir(), 'kliping-bench-records-'));
  try {
    const file = join(root, 'pages.jsonl');
    const fd = openSync(file, 'w');
    let records = 0;
    for (let copy = 1; copy <= copies; copy += 1) {
      for (const name of names) {
        const html = readFileSync(join(htmlDir, name), 'utf8');
        writeSync(fd, `${JSON.stringify({ id: `${copy}/${name}`, url: `https://example.com/${name}`, html })}\n`);
        records += 1;
      }
    }
    closeSync(fd);
    const megabytes = statSync(file).size / 1024 / 1024;
    const samples = { 1: [], 2: [] };
    for (let run = 0; run < runs; run += 1) for (const jobs of [1, 2]) samples[jobs].push(await runCli(['--records', '-j', String(jobs), file]));
    const withRate = (summary) => ({ ...summary, megabytesPerSecond: megabytes / (summary.ms / 1000) });
    return { records, megabytes, jobs1: withRate(summarize(records, samples[1])), jobs2: withRate(summarize(records, samples[2])) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
