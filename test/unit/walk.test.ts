import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/extract/measure.js';
import { bodyElements, elementsBelow, ownText, textContent } from '../../src/parse/walk.js';

const PAGE = `<html><head><title>T</title></head><body>
  <div id="a"> Satu  <a href="#">dua
   tiga</a>\u00a0 <span> </span><p>empat <b>lima</b></p></div>
  <ul><li><a>  x </a> <a>y</a></li><li>  </li></ul><script>var s = "  no  ";</script>
</body></html>`;

describe('DOM walks without recursion', () => {
  it('lists elements in document order, as `*` and `body *` select them', () => {
    const $ = load(PAGE);
    const root = $.root()[0]!;
    expect(elementsBelow(root)).toEqual($('*').toArray());
    expect(bodyElements(elementsBelow(root))).toEqual($('body *').toArray());
    expect(bodyElements(elementsBelow(load('<p>fragment</p>', null, false).root()[0]!))).toEqual([]);
  });

  it('lists a nested <body>\'s elements again, and every body of a page with several, in document order', () => {
    // htmlparser2 nests a second <body> where it stands; the old walk of each body listed a nested one's elements twice.
    const $ = load('<html><body><div id=a><body id=inner><p id=b>x</p><!-- c --></body>t</div><p id=c></p></body><body id=second><i id=d></i>t</body><body id=empty>t</body><p id=after></p></html>');
    const ids = bodyElements(elementsBelow($.root()[0]!)).map((element) => element.attribs.id);
    expect(ids).toEqual(['a', 'inner', 'b', 'c', 'b', 'd']);
  });

  it('reads text as cheerio does, and an element\'s own text', () => {
    const $ = load(PAGE);
    for (const element of $('*').toArray()) expect(textContent(element)).toBe($(element).text());
    expect(ownText($('#a')[0]!, '|')).toBe(' Satu  ||\u00a0 ||');
  });

  it('walks a page nested 100,000 deep without overflowing the stack', () => {
    const depth = 100_000;
    const $ = load(`<body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body>`);
    const elements = elementsBelow($.root()[0]!);
    expect(elements.length).toBe(depth + 1); // <body> and the divs: htmlparser2 adds no <html>
    expect(textContent(elements[0]!)).toBe('deep');
    expect(measureText(elements).chars(elements[0]!)).toBe(4);
  });
});

describe('text measure', () => {
  it('gives every element the collapsed, trimmed length of its text and of its links\' text', () => {
    const $ = load(PAGE);
    const measure = measureText(elementsBelow($.root()[0]!));
    const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim().length;
    for (const element of $('*').toArray()) {
      expect(measure.chars(element), element.name).toBe(collapsed($(element).text()));
      expect(measure.linkedChars(element), element.name).toBe(collapsed($(element).find('a').text()));
    }
  });
});
