// One engine over the corpus pages, in its own process so that its peak memory is its own:
//   node bench/engine.js <kliping|parse|readability> <page files...>   -> one JSON line on stdout
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [engine, ...files] = process.argv.slice(2);
const pages = files.map((file) => ({ file, bytes: readFileSync(file) }));

async function loadEngine(name) {
  if (name === 'kliping') {
    const { clean } = await import('../dist/index.js');
    return (page) => clean(page.bytes, { name: page.file });
  }
  if (name === 'parse') {
    // The floor: decoding and parsing as kliping does (htmlparser2 with its tokenizer, under cheerio), nothing else.
    const { load } = await import('cheerio/slim');
    const { decodeBytes } = await import('../dist/parse/decode.js');
    const { parseDom } = await import('../dist/parse/dom.js');
    return (page) => load(parseDom(decodeBytes(page.bytes), page.file));
  }
  if (name === 'readability') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    // A console of its own, unheard: jsdom would print every stylesheet it cannot parse.
    const virtualConsole = new VirtualConsole();
    return (page) => new Readability(new JSDOM(page.bytes.toString('utf8'), { url: 'https://example.com/', virtualConsole }).window.document).parse();
  }
  throw new Error(`unknown engine ${name}`);
}

const run = await loadEngine(engine);
for (const page of pages.slice(0, Math.min(20, pages.length))) run(page); // warm-up
const times = [];
const started = performance.now();
for (const page of pages) {
  const at = performance.now();
  run(page);
  times.push(performance.now() - at);
}
const seconds = (performance.now() - started) / 1000;
const sorted = [...times].sort((a, b) => a - b);
const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const megabytes = pages.reduce((sum, page) => sum + page.bytes.length, 0) / 1024 / 1024;
console.log(
  JSON.stringify({
    engine,
    pages: pages.length,
    pagesPerSecond: pages.length / seconds,
    megabytesPerSecond: megabytes / seconds,
    p50Ms: quantile(0.5),
    p95Ms: quantile(0.95),
    maxMs: sorted.at(-1),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
