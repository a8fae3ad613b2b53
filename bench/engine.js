// One engine over the corpus pages, in its own process so that its peak memory is its own:
//   node bench/engine.js <kliping|parse|readability> <page files...>   -> one JSON line on stdout
// A cold pass over the pages, a warm-up, then the measured pass; every engine the same way.
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
/** Seconds for one pass over `list`, each page's milliseconds pushed to `times`. */
function pass(list, times = []) {
  const started = performance.now();
  for (const page of list) {
    const at = performance.now();
    run(page);
    times.push(performance.now() - at);
  }
  return (performance.now() - started) / 1000;
}
// The first pass, cold (the JIT compiles as it goes): what one short-lived process gets.
const coldSeconds = pass(pages);
// Warm-up to at least WARM_UP_PAGES pages in all, cycling: a small corpus warms up as much as a large one.
const WARM_UP_PAGES = 200;
for (let done = pages.length; done < WARM_UP_PAGES; done += pages.length) pass(pages.slice(0, WARM_UP_PAGES - done));
// The measured pass: steady state, what a long batch or a library caller gets.
const times = [];
const seconds = pass(pages, times);
const sorted = [...times].sort((a, b) => a - b);
const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const megabytes = pages.reduce((sum, page) => sum + page.bytes.length, 0) / 1024 / 1024;
console.log(
  JSON.stringify({
    engine,
    pages: pages.length,
    pagesPerSecond: pages.length / seconds,
    coldPagesPerSecond: pages.length / coldSeconds,
    megabytesPerSecond: megabytes / seconds,
    p50Ms: quantile(0.5),
    p95Ms: quantile(0.95),
    maxMs: sorted.at(-1),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
