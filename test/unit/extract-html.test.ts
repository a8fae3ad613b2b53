import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { stripSiteSuffix } from '../../src/extract/title.js';

const P1 = 'JAKARTA - Pemerintah mengumumkan kebijakan baru soal harga beras pada Selasa (18/6/2024), kata juru bicara.';
const P2 = 'Menurut dia, kebijakan itu berlaku mulai pekan depan di seluruh provinsi, termasuk daerah terpencil.';
const P3 = '"Kami akan terus memantau harga di lapangan," ujarnya kepada wartawan di Jakarta.';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="id"><head><title>Harga Beras Naik Lagi - Contoh.com</title>${head}</head><body>
    <header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a></nav></header>
    ${body}
    <aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/1">Berita populer satu yang panjang sekali judulnya</a></li><li><a href="/2">Berita populer dua yang panjang sekali judulnya</a></li></ul></aside>
    <footer><p>Copyright © 2024 Contoh.com. Seluruh hak cipta dilindungi undang-undang negara.</p></footer>
    <script>var p = "JAKARTA - script text must never appear";</script>
  </body></html>`;
}

describe('HTML pages', () => {
  it('takes the body of a plain <article> and drops navigation, sidebars, footers and scripts', () => {
    const article = clean(page(`<article><h1>Harga Beras Naik Lagi</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`));
    expect(article.type).toBe('html');
    expect(article.title).toBe('Harga Beras Naik Lagi');
    expect(article.paragraphs).toEqual([P1, P2, P3]);
    expect(article.removed.boilerplate + article.removed.duplicates).toBe(1); // the <h1>, above the story
  });

  it('prefers itemprop=articleBody', () => {
    const article = clean(page(`<div class="teaser"><p>${'Teaser lain yang panjang sekali, dengan koma, dan koma lagi. '.repeat(2)}</p></div>
      <div itemprop="articleBody"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`));
    expect(article.paragraphs).toEqual([P1, P2, P3]);
  });

  it('finds the story in div soup by its paragraph text and few links', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<div class="x"><a href="/${i}">Judul berita lain nomor ${i} yang cukup panjang, sekali</a></div>`).join('');
    const article = clean(page(`<div class="c1">${links}</div><div class="c2"><div class="c3"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`));
    expect(article.paragraphs).toEqual([P1, P2, P3]);
  });

  it('splits a body written as text and <br><br> into paragraphs, a single <br> being a space', () => {
    const article = clean(page(`<div class="side-article txt-article">${P1}<br><br>${P2}<br>${P3}<br/><br/>Penutup berita ini cukup panjang juga, kata dia.</div>`));
    expect(article.paragraphs).toEqual([P1, `${P2} ${P3}`, 'Penutup berita ini cukup panjang juga, kata dia.']);
  });

  it('keeps lists and subheadings inside the body', () => {
    const article = clean(page(`<article><p>${P1}</p><h2>Syarat Pendaftaran</h2><ul><li>Kartu tanda penduduk asli</li><li>Surat keterangan domisili</li></ul><p>${P2}</p></article>`));
    expect(article.paragraphs).toEqual([P1, 'Syarat Pendaftaran', 'Kartu tanda penduduk asli', 'Surat keterangan domisili', P2]);
  });

  it('prunes captions, related boxes and link lists inside the body, with reasons', () => {
    const article = clean(page(`<article><p>${P1}</p>
      <figure><img src="a.jpg"><figcaption>Warga antre beras. (Foto: Fulan)</figcaption></figure>
      <div class="baca-juga"><a href="/x">Baca juga: Harga cabai turun</a></div>
      <ul><li><a href="/a">Berita lain satu</a></li><li><a href="/b">Berita lain dua</a></li></ul>
      <div id="div-gpt-ad-123">Iklan di sini</div>
      <p>${P2}</p></article>`));
    expect(article.paragraphs).toEqual([P1, P2]);
    expect(article.removed.boilerplate).toBe(4);
  });

  it('uses JSON-LD articleBody when the DOM holds much less (script-rendered pages)', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harga Beras Naik Lagi', articleBody: `${P1}\n${P2}\n${P3}` });
    const article = clean(page('<div id="app">Memuat...</div>', `<script type="application/ld+json">${ld}</script>`));
    expect(article.paragraphs).toEqual([P1, P2, P3]);
  });

  it('stays linear on a body of tens of thousands of sibling elements', () => {
    // cheerio's .find() deduped the container's children pairwise: 40,000 of them took minutes.
    // A hang check with the per-document budget, not a speed test.
    const started = Date.now();
    const article = clean(page(`<article>${'<span class="x"></span>'.repeat(40_000)}<p>${P1}</p><p>${P2}</p></article>`));
    expect(article.paragraphs).toEqual([P1, P2]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('decodes entities and keeps non-ASCII text intact', () => {
    const article = clean(page('<article><p>Kafe &ldquo;Bint&#257;ng&rdquo; di Bandung &amp; Jakarta buka lagi setelah renovasi panjang.</p></article>'));
    expect(article.paragraphs).toEqual(['Kafe “Bintāng” di Bandung & Jakarta buka lagi setelah renovasi panjang.']);
  });
});

describe('headlines shown on the page', () => {
  it('cuts a <title> suffix when the part before it stands alone on the page', () => {
    const html = `<html><head><title>Jembatan Gantung Dua Desa Putus | Kabar Garut Selatan</title></head><body>
      <div class="c5">Jembatan Gantung Dua Desa Putus</div><div><p>${P1}</p><p>${P2}</p></div></body></html>`;
    expect(clean(html).title).toBe('Jembatan Gantung Dua Desa Putus');
  });

  it('reads a <title> of 50,000 separators within the budget (trying every cut was quadratic)', () => {
    // A hang check with the per-document budget, not a speed test.
    const started = Date.now();
    const article = clean(`<html><head><title>Jembatan Putus${' | '.repeat(50_000)}</title></head><body><article><p>${P1}</p></article></body></html>`);
    expect(article.paragraphs).toEqual([P1]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('keeps a kicker the page shows before the headline that the metadata left out', () => {
    const html = `<html><head><meta property="og:title" content="KPK Periksa Pejabat MA | Republika Online"><meta property="og:site_name" content="Republika Online"></head><body>
      <div class="jdl">In Picture: KPK Periksa Pejabat MA</div><div><p>${P1}</p><p>${P2}</p></div></body></html>`;
    expect(clean(html).title).toBe('In Picture: KPK Periksa Pejabat MA');
  });
});

describe('headline suffixes', () => {
  it.each([
    ['Harga Beras Naik Lagi - Kompas.com', 'Harga Beras Naik Lagi'],
    ['Harga Beras Naik Lagi | Republika Online', 'Harga Beras Naik Lagi'],
    ['Harga Beras Naik Lagi - Halaman 2 - Kompas.com', 'Harga Beras Naik Lagi - Halaman 2'],
    ['Rusia - Korut Sepakat Hadapi Sanksi', 'Rusia - Korut Sepakat Hadapi Sanksi'],
    ['Putin: Rusia dan Korut Bersama', 'Putin: Rusia dan Korut Bersama'],
  ])('%j -> %j', (title, expected) => {
    expect(stripSiteSuffix(title, ['Republika Online', 'kompas.com', 'kompas'])).toBe(expected);
  });
});
