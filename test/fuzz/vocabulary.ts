import fc from 'fast-check';

/** The pieces generated pages are made of: news words, kliping's own boilerplate, hostile text. */

const WORDS = [
  'Jakarta', 'pemerintah', 'harga', 'beras', 'naik', 'kata', 'dia', 'Selasa', '(18/6/2024)', 'presiden', 'menteri',
  'rakyat', 'polisi', 'banjir', 'di', 'yang', 'dan', 'itu', 'ini', 'Rp10.000', '5%', 'Kafé', 'Müller', '“kutipan”',
  'naïve', '日本', 'Ελλάδα', 'مرحبا', '😀', 'e\u0301', 'Ａｂｃ', 'ﬁ', 'x\u200by', 'a\u00adb', '\u00a0', '-', '—', '•', '*',
];

const BOILERPLATE = [
  'Baca juga:', 'Baca Juga: Judul lain yang menarik', 'loading...', 'A A A', 'ADVERTISEMENT', 'Scroll to continue',
  'Simak berita lainnya di Google News', 'Penulis: Fulan', 'Editor: Fulanah', 'Jakarta -', 'JAKARTA, KOMPAS.com -',
  'Tag:', 'Terpopuler', 'Berita Terkait', 'Share', '(gambas:video 20detik)', 'Laporan Wartawan Tribunnews.com, Fulan',
];

/** Entities well-formed and not: named, numeric, out of range, unterminated, surrogate code points. */
const ENTITIES = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&eacute;', '&hellip;', '&#233;', '&#xE9;', '&#0;', '&#xD800;', '&#xDFFF;',
  '&#1114112;', '&#99999999999;', '&#x110000;', '&amp', '&#', '&#x;', '&;', '&unknown;', '&AMP;', '&notin', '&notit;', '&#128512;',
];

export const word = fc.constantFrom(...WORDS);
export const boilerplate = fc.constantFrom(...BOILERPLATE);
export const entity = fc.constantFrom(...ENTITIES);

/** A sentence of news words, a full stop or not at the end. */
export const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 40 }), fc.constantFrom('.', '', '?', ':', '…'))
  .map(([words, end]) => `${words.join(' ')}${end}`);

/** Text as it may sit in a page: sentences, boilerplate, entity soup, any code points. */
export const phrase = fc.oneof(
  { arbitrary: sentence, weight: 6 },
  { arbitrary: boilerplate, weight: 2 },
  { arbitrary: fc.array(fc.oneof(entity, word), { maxLength: 12 }).map((parts) => parts.join('')), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
);

/** Tags of every kind kliping treats differently, and some it has never heard of. */
export const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'strong', 'i', 'br', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3',
  'article', 'main', 'section', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'blockquote', 'pre',
  'script', 'style', 'noscript', 'iframe', 'form', 'button', 'textarea', 'title', 'template', 'svg', 'math', 'select',
  'option', 'img', 'hr', 'meta', 'x-widget', 'plaintext', 'xmp',
];

/** Class and id values: the hints kliping reads (positive, negative, media) and plain ones. */
export const HINTS = [
  'content', 'article-body', 'detail__body-text', 'read__content', 'itp_bodycontent', 'baca-juga', 'related', 'ads',
  'share', 'caption', 'sidebar', 'tags', 'byline', 'photo', 'x', '',
];

export const attribute = fc.oneof(
  fc.constantFrom(...HINTS).map((hint) => `class="${hint}"`),
  fc.constantFrom(...HINTS).map((hint) => `id="${hint}"`),
  fc.constantFrom('itemprop="articleBody"', 'hidden', 'aria-hidden="true"', 'style="display:none"', 'type="application/ld+json"', 'rel="canonical" href="https://contoh.com/a"', 'lang="id"'),
  fc.tuple(fc.constantFrom('data-x', 'title', 'alt', 'onclick'), phrase).map(([name, value]) => `${name}="${value.replace(/"/g, '&quot;')}"`),
);
