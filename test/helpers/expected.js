// How a fixture's expectations are written, shared by the updater and the fixture test.

/** The text format's output for one document. */
export function expectedText(article) {
  if (!article.article) return '';
  return [article.title, ...article.paragraphs].filter(Boolean).join('\n') + '\n';
}

/** The record minus the fields that merely repeat the text (`text`) or name the input (`input`). */
export function expectedJson(article) {
  const { input: _input, text: _text, ...rest } = article;
  return JSON.stringify(rest, null, 2) + '\n';
}
