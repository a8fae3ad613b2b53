/**
 * Every statement the store runs, with named parameters only, so a test can ask SQLite for each
 * one's plan and check that none scans a table: answers stay fast at a million rows.
 */
export const STATE_QUERIES = {
  hasUrl: `SELECT EXISTS (SELECT 1 FROM articles WHERE url = @url)
    OR EXISTS (SELECT 1 FROM articles WHERE canonical_url = @url)`,
  validatorsByUrl: 'SELECT etag, last_modified AS lastModified FROM articles WHERE url = @url',
  urlByContentHash: 'SELECT url FROM articles WHERE content_hash = @contentHash ORDER BY id LIMIT 1',
  /** `@bandKeys` is a JSON array: one statement whatever the number of bands. */
  candidatesByBands: `SELECT url, fingerprint FROM articles WHERE id IN
    (SELECT article_id FROM article_bands WHERE band_key IN (SELECT value FROM json_each(@bandKeys)))
    ORDER BY id`,
  articleByUrl: 'SELECT id, fingerprint FROM articles WHERE url = @url',
  insertArticle: `INSERT INTO articles (url, canonical_url, fetched_at, etag, last_modified, fingerprint, content_hash)
    VALUES (@url, @canonicalUrl, @fetchedAt, @etag, @lastModified, @fingerprint, @contentHash)`,
  updateArticle: `UPDATE articles SET (canonical_url, fetched_at, etag, last_modified, fingerprint, content_hash)
    = (@canonicalUrl, @fetchedAt, @etag, @lastModified, @fingerprint, @contentHash) WHERE id = @id`,
  insertBand: 'INSERT INTO article_bands (band_key, article_id) VALUES (@bandKey, @articleId)',
  deleteBand: 'DELETE FROM article_bands WHERE band_key = @bandKey AND article_id = @articleId',
} as const;
