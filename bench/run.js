// npm run bench [-- [--json] [--batch-only] [CORPUS_DIR ...]]: kliping's library against a
// parse-only floor and Readability.js + jsdom on the same pages, in the same run (each engine in
// three processes, alternated; each process a cold pass, a warm-up and a measured pass); then the CLI end
// to end over the folder, `kliping --version` cold start against `node -e 0`, the batch
// measurements on the first corpus (bench/batch.js), and record mode and WARC mode over it
// (bench/records.js, bench/warc.js). A benchmark, never a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBatch } from './batch.js';
import { measureRecords } from './records.js';
import { measureWarc } from './warc.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const batchOnly = args.includes('--batch-only');
const named = args.filter((arg) => !arg.startsWith('--'));
const corpora = (named.length > 0 ? named : ['../shared/corpus/article-extraction-benchmark', '../shared/corpus/id-news'])
  .map((dir) => resolve(ROOT, dir))
  .filter((dir) => existsSync(join(dir, 'html')));
if (corpora.length === 0) {
  console.error('bench: no corpus (html/<id>.html) found; name one: npm run bench -- DIR');
  process.exit(0);
}

function engine(name, files) {
  const out = execFileSync(process.execPath, [join(ROOT, 'bench/engine.js'), name, ...files], { cwd: ROOT, maxBuffer: 1 << 24 });
  return JSON.parse(out.toString());
}

/** Engine processes per engine, alternated so that a busy moment of the machine does not fall on one engine only. */
const ENGINE_RUNS = 3;

/** Each engine's run of median throughput among ENGINE_RUNS processes, with the number of runs. */
function engines(names, files) {
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ENGINE_RUNS; round += 1) for (const name of names) runs[name].push(engine(name, files));
  return Object.fromEntries(
    names.map((name) => {
      const sorted = runs[name].sort((a, b) => a.pagesPerSecond - b.pagesPerSecond);
      return [name, { ...sorted[Math.floor(sorted.length / 2)], runs: sorted.length }];
    }),
  );
}

/** Median wall time of a command over `runs` runs, in milliseconds. */
function medianMs(command, commandArgs, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const at = process.hrtime.bigint();
    spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - at) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const results = [];
for (const corpus of batchOnly ? [] : corpora) {
  const htmlDir = join(corpus, 'html');
  const files = readdirSync(htmlDir).filter((name) => /\.html?$/.test(name)).sort().map((name) => join(htmlDir, name));
  const { kliping, parse, readability } = engines(['kliping', 'parse', 'readability'], files);
  const cliMs = medianMs(process.execPath, [join(ROOT, 'bin/kliping.js'), '-q', '-f', 'jsonl', htmlDir], 3);
  results.push({
    corpus,
    kliping,
    parse,
    readability,
    ratios: {
      klipingOverReadability: kliping.pagesPerSecond / readability.pagesPerSecond,
      // Readability's memory grows pass after pass (jsdom): its cold pass can be its fastest, and the ratio against that is the cautious one.
      klipingOverReadabilityBestPass: kliping.pagesPerSecond / Math.max(readability.pagesPerSecond, readability.coldPagesPerSecond),
      coldKlipingOverReadability: kliping.coldPagesPerSecond / readability.coldPagesPerSecond,
      parseOverKliping: parse.pagesPerSecond / kliping.pagesPerSecond,
    },
    cli: { ms: cliMs, pagesPerSecond: files.length / (cliMs / 1000) },
  });
}
const versionMs = medianMs(process.execPath, [join(ROOT, 'bin/kliping.js'), '--version'], 11);
const nodeMs = medianMs(process.execPath, ['-e', '0'], 11);
// Cron and `find -exec` clean one page per call: that start-up must not pay for a worker.
const firstPage = join(corpora[0], 'html', readdirSync(join(corpora[0], 'html')).sort()[0]);
const onePageMs = medianMs(process.execPath, [join(ROOT, 'bin/kliping.js'), '-q', firstPage], 11);
const batch = await measureBatch(join(corpora[0], 'html'));
const records = await measureRecords(join(corpora[0], 'html'));
const warc = await measureWarc(join(corpora[0], 'html'));
const report = { node: process.version, results, coldStart: { versionMs, nodeMs, ratio: versionMs / nodeMs, onePageMs }, batch, records, warc };

if (asJson) {
  console.log(JSON.stringify(report));
} else {
  const row = (label, r) =>
    `${label.padEnd(22)} ${r.pagesPerSecond.toFixed(1).padStart(8)} ${r.megabytesPerSecond.toFixed(2).padStart(7)} ${r.p50Ms.toFixed(1).padStart(7)} ${r.p95Ms.toFixed(1).padStart(7)} ${r.maxMs.toFixed(0).padStart(6)} ${r.peakRssMb.toFixed(0).padStart(7)} ${r.coldPagesPerSecond.toFixed(1).padStart(10)}`;
  for (const result of results) {
    console.log(`\n${result.corpus} (${result.kliping.pages} pages; the median of ${ENGINE_RUNS} processes per engine, each measuring a pass after a warm-up)`);
    console.log(`${'engine'.padEnd(22)} ${'pages/s'.padStart(8)} ${'MB/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(6)} ${'RSS MB'.padStart(7)} ${'cold pass'.padStart(10)}`);
    console.log(row('kliping (library)', result.kliping));
    console.log(row('parse only (floor)', result.parse));
    console.log(row('Readability + jsdom', result.readability));
    const { klipingOverReadability, klipingOverReadabilityBestPass, coldKlipingOverReadability, parseOverKliping } = result.ratios;
    console.log(
      `kliping / Readability: ${klipingOverReadability.toFixed(1)}x (${klipingOverReadabilityBestPass.toFixed(1)}x against Readability's faster pass, ${coldKlipingOverReadability.toFixed(1)}x cold against cold)   parse floor / kliping: ${parseOverKliping.toFixed(2)}x`,
    );
    console.log(`CLI end to end: ${result.cli.ms.toFixed(0)} ms (${result.cli.pagesPerSecond.toFixed(1)} pages/s)`);
  }
  console.log(`\nkliping --version ${versionMs.toFixed(0)} ms, node -e 0 ${nodeMs.toFixed(0)} ms: ${report.coldStart.ratio.toFixed(2)}x`);
  console.log(`kliping ONE-PAGE.html ${onePageMs.toFixed(0)} ms`);
  const jobsRow = (label, r) =>
    `${label}: ${r.pagesPerSecond.toFixed(1)} pages/s (median of ${r.runs} runs, ${(r.ms / 1000).toFixed(1)} s), ${r.pagesPerCpuSecond.toFixed(1)} pages per CPU second, peak RSS ${r.peakRssMb.toFixed(0)} MB`;
  console.log(`\nCLI batch, ${batch.files} files (${corpora[0]} copied):`);
  console.log(jobsRow('-j 1', batch.jobs1));
  console.log(jobsRow('-j 2', batch.jobs2));
  console.log(jobsRow('two -j 1 processes at once, half the files each', batch.twoProcesses));
  console.log(`-j 2 / -j 1: ${batch.ratio.toFixed(2)}x   two processes / -j 1: ${batch.twoProcessesRatio.toFixed(2)}x (the ceiling for -j 2: the same work on two cores, nothing shared)`);
  for (const flat of batch.rssFlat) console.log(`-j 1 over ${flat.documents} documents: peak RSS ${flat.peakRssMb.toFixed(0)} MB (${(flat.ms / 1000).toFixed(1)} s)`);
  console.log(`\n--records, ${records.records} records in one JSON Lines file (${records.megabytes.toFixed(0)} MB):`);
  for (const [label, r] of [['-j 1', records.jobs1], ['-j 2', records.jobs2]]) console.log(`${jobsRow(label, r)}, ${r.megabytesPerSecond.toFixed(1)} MB/s`);
  const warcRow = (label, r) =>
    `${label}: ${r.pagesPerSecond.toFixed(1)} pages/s, ${r.payloadMbPerSecond.toFixed(1)} MB/s of pages (${r.fileMbPerSecond.toFixed(1)} MB/s of .warc.gz), ${r.pagesPerCpuSecond.toFixed(1)} pages per CPU second, peak RSS ${r.peakRssMb.toFixed(0)} MB`;
  console.log(`\nWARC, ${warc.pages} pages (${warc.payloadMb.toFixed(0)} MB of HTML, a ${warc.fileMb.toFixed(0)} MB .warc.gz with request and response records):`);
  console.log(warcRow('-j 1, cleaned', warc.clean));
  console.log(warcRow('-j 2, cleaned', warc.clean2));
  console.log(warcRow('read only (--url-filter takes none)', warc.read));
}
