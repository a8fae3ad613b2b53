import { describe, expect, it } from 'vitest';
import { decodeAsDeclared, pageBlocks, segmentBlocks } from '../../src/eval/blocks.js';

describe('block segmentation (blocks.py)', () => {
  const page = `<!DOCTYPE html>
    <html><head><title>Judul - Contoh News</title><style>p { color: red }</style></head>
    <body>
      <nav><ul><li><a href="/">Beranda</a></li><li>Berita   <b>Terkini</b></li></ul></nav>
      <div class="content">Lead <span>tanpa</span> paragraf
        <p>JAKARTA - Harga beras <em>naik</em> lagi.<br>Baris kedua.</p>
        <script>document.write('<p>bukan teks</p>')</script>
        <p> &nbsp;-- </p>
        <noscript><p>Aktifkan JavaScript</p></noscript>
        <figure><img src="a.jpg"><figcaption>Foto: &copy; Contoh</figcaption></figure>
        teks sesudah<iframe src="x"/> iframe
      </div>
      <svg><text>ikon</text></svg>
      <footer>Hak cipta 2024</footer>
    </body></html>`;

  it('closes a block at every block-level start and end and at <br>, skipping head, scripts and embeds', () => {
    expect(segmentBlocks(page)).toEqual([
      'Beranda',
      'Berita Terkini',
      'Lead tanpa paragraf',
      'JAKARTA - Harga beras naik lagi.',
      'Baris kedua.',
      'Foto: © Contoh',
      'teks sesudah iframe',
      'Hak cipta 2024',
    ]);
  });

  it('reads the page in its declared charset, Latin-1 byte for byte', () => {
    const bytes = Buffer.from('<meta charset="iso-8859-1"><p>caf\xe9 \x93kutip\x94</p>', 'latin1');
    expect(pageBlocks(bytes)).toEqual(['café \u0093kutip\u0094']);
  });

  it('reads UTF-8 when nothing is declared or the label is unknown, keeping a byte-order mark', () => {
    expect(decodeAsDeclared(Buffer.from('\ufeff<p>kafé</p>'))).toBe('\ufeff<p>kafé</p>');
    expect(decodeAsDeclared(Buffer.from('<meta charset="x-nonsense"><p>kafé</p>'))).toBe('<meta charset="x-nonsense"><p>kafé</p>');
  });
});
