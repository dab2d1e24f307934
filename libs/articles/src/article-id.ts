import { createHash } from 'node:crypto';

// 32 hex characters = 128 bits of sha256: collisions are out of reach for any number of articles we will
// see, and the id stays short enough for a Kafka key and a primary key.
const ARTICLE_ID_LENGTH = 32;

/**
 * The id of an article: a hash of its canonical URL (see `canonicalUrl`), or of its feed-scoped guid when
 * the item has no link. The same input always gives the same id, so a second poll publishes nothing new.
 */
export function articleId(canonicalUrlOrGuid: string): string {
  return createHash('sha256').update(canonicalUrlOrGuid, 'utf8').digest('hex').slice(0, ARTICLE_ID_LENGTH);
}
