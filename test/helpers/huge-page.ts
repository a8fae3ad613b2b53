const WORDS = 'jakarta presiden menteri ekonomi rakyat daerah pemerintah kota provinsi anggaran sekolah rumah sakit jalan banjir gempa'.split(' ');

/**
 * A real but enormous article page: `paragraphs` paragraphs of 30 words (about 250 bytes each).
 * Large enough, it takes seconds and hundreds of MB to clean, a pathology no stage can shortcut:
 * 40,000 paragraphs make a 10 MB page, the default `--max-bytes`.
 */
export function hugePage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) {
    const words = Array.from({ length: 30 }, (_, k) => WORDS[(i * 7 + k * 13 + (i >> k % 5)) % WORDS.length]);
    body.push(`<div><p>${words.join(' ')} ${i}.</p></div>`);
  }
  return `<html><head><title>Halaman besar</title></head><body><article>${body.join('')}</article></body></html>`;
}

/**
 * The slowest document within every limit: a text file just under the text limit (`MAX_TEXT_CHARS`)
 * of two-letter lines, each one a paragraph for every stage to handle: about 3 s to clean here.
 */
export function lineSoup(): string {
  const lines: string[] = [];
  for (let i = 0; i < 1_700_000; i += 1) lines.push(String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26)));
  return lines.join('\n');
}
