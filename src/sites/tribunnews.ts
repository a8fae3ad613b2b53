import type { SiteRule } from './types.js';

/**
 * Tribunnews and the Tribun Network: regional newsrooms on *.tribunnews.com subdomains (jabar,
 * jatim, jateng, makassar, aceh, wartakota, bangka...) and the same template under their own
 * domains.
 */
export const tribunnewsRule: SiteRule = {
  id: 'tribunnews',
  hosts: [
    'tribunnews.com', 'tribunjabar.id', 'tribunjatim.com', 'tribunjateng.com', 'tribunjogja.com', 'tribunsolo.com',
    'tribunbanyumas.com', 'tribunmuria.com', 'tribun-pantura.com', 'tribunmataraman.com', 'tribunmadura.com',
    'surya.co.id', 'suryamalang.com', 'tribunjakarta.com', 'wartakotalive.com', 'tribunnewsbogor.com',
    'tribunnewsdepok.com', 'tribunbekasi.com', 'tribuntangerang.com', 'tribunbanten.com', 'tribuncirebon.com',
    'tribun-bali.com', 'tribunlombok.com', 'tribunmataram.com', 'tribunflores.com', 'pos-kupang.com',
    'tribun-timur.com', 'tribunsulbar.com', 'tribunnewssultra.com', 'tribunpalu.com', 'tribungorontalo.com',
    'tribunmanado.co.id', 'tribunambon.com', 'tribunpapua.com', 'tribunpapuabarat.com', 'tribunkaltim.co',
    'tribunkaltara.com', 'tribunkalteng.com', 'banjarmasinpost.co.id', 'tribunpontianak.co.id', 'tribunmedan.com',
    'tribun-medan.com', 'tribunpadang.com', 'tribunpekanbaru.com', 'tribunbatam.id', 'tribunjambi.com',
    'tribunsumsel.com', 'sripoku.com', 'bangkapos.com', 'posbelitung.co', 'tribunlampung.co.id', 'tribunbengkulu.com',
    'serambinews.com', 'prohaba.co', 'tribunhealth.com', 'tribuntravel.com', 'tribuntrends.com', 'tribunwow.com',
    'tribunnewsmaker.com', 'tribunstyle.com', 'tribunnewswiki.com',
  ],
  // <div class="side-article txt-article multi-fontsize">: paragraphs as <p> or as one run of text and <br><br>.
  body: ['.side-article.txt-article', '.txt-article'],
  // "Ringkasan Berita" bullet recap, <p class="baca">Baca juga: ...</p>, in-story ad slots.
  drop: ['blockquote.summary-article', '.baca', '.ads-placeholder', '[id^="div-gpt-ad"]', '[id^="div-Inside"]'],
  // <div class="grey bdr3 pb10 pt10"><strong>Tayang:</strong> <time>Kamis 20 Juni 2024, 08:15 WITA</time></div>.
  published: ['.grey.bdr3 time', '#article time'],
  // <div id="penulis">Penulis: <a href="/penulis/...">Fulan</a></div>.
  author: ['#penulis a', '#penulis'],
  // <div id="editor">Editor: <a href="/editor/...">Fulani</a></div>.
  editor: ['#editor a', '#editor'],
  // <h5 class="tagcloud3"><a class="rd2" href="/tag/...">Banjir</a></h5> under the story.
  tags: ['.tagcloud3 a'],
  defaultOffset: '+07:00',
  // The whole story on one page, instead of following its pagination.
  singlePage: { query: { page: 'all' } },
};
