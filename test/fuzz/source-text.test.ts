import { describe, expect, it } from 'vitest';
import { SourceText } from './source-text.js';

describe('the input text property (c) checks against', () => {
  const page = new SourceText(
    `<html><head><script type="application/ld+json">{"@type":"NewsArticle","keywords":["banjir","Jakarta"]}</script></head>
    <body><p>Ja<b>kar</b>ta &amp; Bandung, harga<script>x()</script>naik</p><p title="atribut">Kafé</p></body></html>`,
    'html',
  );

  it('accepts words of text nodes, entities decoded, and words glued across tags and dropped elements', () => {
    expect(page.foreignWords('Jakarta & Bandung, harganaik')).toEqual([]);
    expect(page.foreignWords('Kafé banjir, Jakarta')).toEqual([]);
  });

  it('flags words the input never had: invented, undecoded, from attributes', () => {
    expect(page.foreignWords('Jakarta undefined &amp; atribut')).toEqual(['undefined', '&amp;', 'atribut']);
  });

  it('reads a text document by its lines only', () => {
    const text = new SourceText('Judul <b>tebal</b>\nIsi &amp; lain.', 'text');
    expect(text.foreignWords('Judul <b>tebal</b> Isi &amp; lain.')).toEqual([]);
    expect(text.foreignWords('tebal &')).toEqual(['tebal', '&']);
  });
});
