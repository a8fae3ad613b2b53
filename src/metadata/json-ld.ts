/** Reading schema.org JSON-LD, which sites write in every shape the spec allows and some it does not. */

const ARTICLE_TYPES = /^(?:\w+:)?(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|WebPage)$/;

/** The article objects of a page, articles before plain `WebPage`s. */
export function jsonLdArticles(objects: Record<string, unknown>[]): Record<string, unknown>[] {
  const typed = objects.filter((object) => types(object).some((type) => ARTICLE_TYPES.test(type)));
  return [
    ...typed.filter((object) => !types(object).includes('WebPage')),
    ...typed.filter((object) => types(object).includes('WebPage')),
  ];
}

/** A value as one trimmed string: strings as they are, `{name}`/`{@value}` objects, arrays joined. */
export function jsonLdString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(jsonLdString).filter((part): part is string => Boolean(part));
    return parts.length > 0 ? [...new Set(parts)].join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return jsonLdString(object.name ?? object['@value'] ?? object.url ?? object['@id']);
  }
  return null;
}

/** The first non-empty string that the article objects give for any of `keys`. */
export function firstJsonLdString(objects: Record<string, unknown>[], ...keys: string[]): string | null {
  for (const article of jsonLdArticles(objects)) {
    for (const key of keys) {
      const value = jsonLdString(article[key]);
      if (value) return value;
    }
  }
  return null;
}

function types(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === 'string') : [];
}
