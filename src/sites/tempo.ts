import type { SiteRule } from './types.js';

/** Tempo.co (nasional, bisnis, dunia, metro...) and Tempo English (en.tempo.co). */
export const tempoRule: SiteRule = {
  id: 'tempo',
  hosts: ['tempo.co'],
  // Since 2024 the story is a run of sibling <div id="content-wrapper"> blocks between ad slots: their parent holds it;
  // before 2016 <div class="artikel"> (the headline, date and photo inside it go by `drop`), Tempo English <div class="tubuh-berita">.
  body: ['article:has(> #content-wrapper)', 'div:has(> #content-wrapper)', '.tubuh-berita', '.artikel'],
  // Inside that parent: the headline and date line, the author row, "Scroll ke bawah" box, ad slots and the tag row; the 2015 breadcrumb, date and photo.
  drop: [
    'h1 + p.text-neutral-900', 'h1', 'div:has(> a[href*="/penulis/"])', 'div:has(> p:contains("Scroll ke bawah"))', '[id^="ads-slot"]',
    'div:has(> div > a[href^="/tag/"])', '.block-kanal-map', '.block-tanggal', '.block-display',
  ],
  // <p class="text-neutral-900 text-sm">Selasa, 18 Juni 2024 pukul 10.15 WIB</p> under the <h1>; 2015 <div class="block-tanggal">.
  published: ['h1 + p.text-neutral-900', '.block-tanggal', '.kolom-2-kolom > .tanggal'],
  // The author's name link (the avatar link before it has no text).
  author: ['a[href*="/penulis/"]:not(:has(img))'],
  // The tag row after the story: <a href="/tag/..." class="bg-primary-surface ..."><span>; 2015 <ul class="topik-terkait">.
  tags: ['a.bg-primary-surface[href*="/tag/"]', 'ul.topik-terkait a'],
  defaultOffset: '+07:00',
};
