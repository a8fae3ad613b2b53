import type { Element } from 'domhandler';

/**
 * What class and id names say about a page element, in Indonesian and English. Matched against
 * the `class` and `id` attributes split on spaces, `-` and `_`, so "ads" never matches "heads".
 */

/** Containers that are boilerplate wherever they sit: related boxes, ads, share bars, tags. */
export const NEGATIVE_HINTS: readonly string[] = [
  'baca juga', 'bacajuga', 'linksisip', 'related', 'terkait', 'populer', 'terpopuler', 'popular',
  'komentar', 'comment', 'comments', 'share', 'sharing', 'social', 'sosmed', 'tag', 'tags', 'topik',
  'iklan', 'ads', 'advert', 'advertisement', 'adsbygoogle', 'div gpt ad', 'gpt', 'banner', 'promo',
  'newsletter', 'subscribe', 'breadcrumb', 'breadcrumbs', 'sidebar', 'recommendation',
  'rekomendasi', 'pilihan', 'trending', 'terkini', 'footer', 'author box', 'byline', 'credit',
  'parallax', 'parallaxindetail', 'navigasi', 'nav',
];

/**
 * Media boxes: inside a story they hold captions and credits, so they are pruned there, but some
 * sites wrap a whole photo story in them, so they only weigh against a container, never rule out
 * the paragraphs below them.
 */
export const MEDIA_HINTS: readonly string[] = [
  'caption', 'embed', 'video', 'gallery', 'image', 'img', 'photo', 'figure', 'thumb', 'thumbnail',
];

/** Containers that tend to hold the story. */
export const POSITIVE_HINTS: readonly string[] = [
  'article', 'artikel', 'content', 'konten', 'detail', 'isi', 'berita', 'body', 'text', 'story',
  'post', 'entry', 'main', 'txt', 'news', 'itp bodycontent',
];

/** Builds a matcher for whole hint words within an element's `hintNames`. */
export function hintMatcher(hints: readonly string[]): (names: string) => boolean {
  const alternatives = hints.map((hint) => hint.split(' ').join('[\\s_-]+')).join('|');
  const pattern = new RegExp(`(?:^|[\\s_-])(?:${alternatives})(?:$|[\\s_-]|\\d)`, 'i');
  return (names) => pattern.test(names);
}

/**
 * An element's class and id as the matchers read them, camelCase names (`articleBody`,
 * `relatedPosts`) split into words. Made once per element for all the matchers it meets, each of
 * which split the names again before.
 */
export function hintNames(element: Element): string {
  return `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Boxes of other stories (related, popular, latest): their dates and bylines are not this story's. */
export const OTHER_STORIES_HINTS: readonly string[] = [
  'baca juga', 'bacajuga', 'linksisip', 'related', 'terkait', 'populer', 'terpopuler', 'popular',
  'rekomendasi', 'recommendation', 'trending', 'terkini', 'sidebar', 'pilihan', 'latest', 'terbaru',
];

export const isNegative = hintMatcher(NEGATIVE_HINTS);
export const isOtherStories = hintMatcher(OTHER_STORIES_HINTS);
export const isMedia = hintMatcher(MEDIA_HINTS);
export const isPositive = hintMatcher(POSITIVE_HINTS);
