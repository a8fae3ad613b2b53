// WARC mode: the corpus pages archived as Common Crawl does (a request and a response record per
// page, one gzip member per record) in a temporary .warc.gz, removed afterwards; the CLI over it with
// -j 1 and -j 2, and with a --url-filter that takes no record (reading the archive alone: inflating
// and parsing records).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { runCli, summarize } from './batch.js';

async function buildWarc(htmlDir, path, copies) {
  const names = readdirSync(htmlDir).filter((name) => /\.html?$/.test(name)).sort();
  const members = [];
  let payloadBytes = 0;
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const name of names) {
      const url = `https://berita-${copy}.example.co.id/${name}`;
      const page = readFileSync(join(htmlDir, name));
      payloadBytes += page.length;
      const request = WARCRecord.create({ url, type: 'request', statusline: `GET /${name} HTTP/1.1`, httpHeaders: { Host: new URL(url).host } });
      const response = WARCRecord.create({ url, type: 'response', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, [page]);
      members.push(await WARCSerializer.serialize(request, { gzip: true }), await WARCSerializer.serialize(response, { gzip: true }));
    }
  }
  writeFileSync(path, Buffer.concat(members));
  return { pages: names.length * copies, payloadMb: payloadBytes / 1e6, fileMb: statSync(path).size / 1e6 };
}

export async function measureWarc(htmlDir, { copies = 5, runs = 3 } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'kliping-bench-warc-'));
  try {
    const path = join(root, 'crawl.warc.gz');
    const built = await buildWarc(htmlDir, path, copies);
    const samples = { clean: [], clean2: [], read: [] };
    for (let run = 0; run < runs; run += 1) {
      samples.clean.push(await runCli(['-j', '1', path]));
      samples.clean2.push(await runCli(['-j', '2', path]));
      samples.read.push(await runCli(['--url-filter', 'no-such-host.invalid', path]));
    }
    const perSecond = (ms) => ({ pagesPerSecond: built.pages / (ms / 1000), payloadMbPerSecond: built.payloadMb / (ms / 1000), fileMbPerSecond: built.fileMb / (ms / 1000) });
    const rated = (part) => {
      const summary = summarize(built.pages, part);
      return { ...summary, ...perSecond(summary.ms) };
    };
    return { ...built, clean: rated(samples.clean), clean2: rated(samples.clean2), read: rated(samples.read) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
