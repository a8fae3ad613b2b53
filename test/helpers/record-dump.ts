import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyPage } from './stories.js';

/**
 * Record `line` of file `file` of a crawl dump as JSON Lines: a story page with fields of its own,
 * as a real dump has them, and now and then what a real dump has too: a line cut short, a record
 * without a page, a page as plain text, a field holding U+2028 (JSON leaves it raw, and a reader
 * that splits lines at it, as Python's splitlines() does, breaks the record in two).
 */
export function dumpLine(file: number, line: number): string {
  const n = file * 100 + line;
  const id = `${file}-${line}`;
  if (n % 37 === 5) return `{"id": "${id}", "html": "<p>cut sh`;
  if (n % 41 === 9) return JSON.stringify({ id, title: 'no page here' });
  const page = n % 10 === 3 ? { text: `Kabar ${n}\n\nBerita ${n} dalam teks biasa, tanpa markup sama sekali.` } : { html: storyPage(n) };
  return JSON.stringify({ id, url: `https://berita.example.id/${file}/${line}`, ...page, crawl: { batch: file, note: n % 7 === 0 ? 'baris\u2028baru' : 'biasa' } });
}

/** `files` dump files of `lines` records each, dir/in/part-0.jsonl and on; their paths relative to dir. */
export function writeDump(dir: string, files: number, lines: number): string[] {
  mkdirSync(join(dir, 'in'), { recursive: true });
  return Array.from({ length: files }, (_, file) => {
    const path = join('in', `part-${file}.jsonl`);
    writeFileSync(join(dir, path), Array.from({ length: lines }, (_, line) => `${dumpLine(file, line)}\n`).join(''));
    return path;
  });
}
