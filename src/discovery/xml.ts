import { XMLParser, type EntityDecoderOptions, type X2jOptions } from 'fast-xml-parser';

/** A parsed XML element: child elements by tag name, attributes as `@_name`, text as `#text`. */
export type XmlElement = Readonly<Record<string, unknown>>;

/** The document element of a parsed XML text, by its tag name as written (`urlset`, `rss`, `rdf:RDF`). */
export interface XmlDocument {
  rootName: string;
  root: XmlElement;
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const CHARACTER_REFERENCE = /&(?:#x([0-9a-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/gi;

/**
 * Decodes only what XML itself defines: the five predefined entities and character references
 * (WordPress feeds write `&#038;` in links). Entities a DOCTYPE declares are never expanded, so a
 * listing cannot blow up (billion laughs): they stay as written. External entities make the parser
 * throw before anything is read.
 */
const xmlOnlyEntities: EntityDecoderOptions = {
  decode: (text) =>
    text.replace(CHARACTER_REFERENCE, (reference, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
      if (name !== undefined) return PREDEFINED_ENTITIES[name.toLowerCase()] ?? reference;
      const codePoint = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
    }),
  addInputEntities: () => {},
  setExternalEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};

const PARSER_OPTIONS: X2jOptions = {
  // `news:publication_date` and `atom:link` keep their prefixes: without them an RSS channel's
  // `<atom:link rel="self">` would merge into its `<link>`.
  removeNSPrefix: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // URLs and dates stay strings: `20240618` is not a number here.
  parseTagValue: false,
  parseAttributeValue: false,
  // CDATA text joins the element's text, so `<link><![CDATA[...]]></link>` reads like plain text.
  cdataPropName: false,
  processEntities: true,
  entityDecoder: xmlOnlyEntities,
  htmlEntities: false,
  ignoreDeclaration: true,
  // `<?xml-stylesheet?>`, common on sitemaps, is no element.
  ignorePiTags: true,
};

/**
 * Parses XML leniently: a sitemap with a BOM, leading blank lines or an unclosed last tag still
 * reads. Text that does not parse, or holds no element, gives the problem in words.
 */
export function parseXml(text: string): XmlDocument | { problem: string } {
  let parsed: Record<string, unknown>;
  try {
    parsed = new XMLParser(PARSER_OPTIONS).parse(text) as Record<string, unknown>;
  } catch (error) {
    return { problem: (error as Error).message };
  }
  const rootName = Object.keys(parsed).find((key) => key !== '#text');
  return rootName === undefined ? { problem: 'no element' } : { rootName, root: asElement(parsed[rootName]) };
}

/** The children of `parent` with this tag name, in document order: one child is a list of one. */
export function children(parent: XmlElement, name: string): XmlElement[] {
  const value = parent[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(asElement);
}

/** The trimmed text of the first child with this tag name; null when absent or empty. */
export function childText(parent: XmlElement, name: string): string | null {
  const [child] = children(parent, name);
  return child === undefined ? null : textOf(child);
}

export function textOf(element: XmlElement): string | null {
  const text = element['#text'];
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : null;
}

export function attribute(element: XmlElement, name: string): string | null {
  const value = element[`@_${name}`];
  return typeof value === 'string' ? value.trim() : null;
}

/** An element with only text parses to a string: wrap it so every element reads the same way. */
function asElement(value: unknown): XmlElement {
  if (typeof value === 'string') return { '#text': value };
  return value !== null && typeof value === 'object' ? (value as XmlElement) : {};
}
