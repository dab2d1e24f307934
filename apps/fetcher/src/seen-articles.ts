import { EMPTY_FINGERPRINT, sameStory } from '@cw/articles';
import type { DataSource } from 'typeorm';

export interface SeenArticle {
  articleId: string;
  canonicalUrl: string | null;
  fingerprint: string;
  feedUrl: string;
  publishedAt: string | null;
}

export interface StoryWindow {
  /** How far back a copy of the same story is looked for. */
  hours: number;
  /** Most fingerprints compared per new article: keeps a burst of news from making each check slow. */
  maxStories: number;
}

/** The fetcher's memory of what it published: it survives restarts, so a restart republishes nothing. */
export class SeenArticles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly window: StoryWindow = { hours: 72, maxStories: 20_000 },
  ) {}

  async unseen(articleIds: string[]): Promise<Set<string>> {
    if (articleIds.length === 0) return new Set();
    const rows: { article_id: string }[] = await this.dataSource.query(`SELECT article_id FROM seen_articles WHERE article_id = ANY($1::text[])`, [
      articleIds,
    ]);
    const seen = new Set(rows.map((row) => row.article_id));
    return new Set(articleIds.filter((id) => !seen.has(id)));
  }

  /**
   * Whether a copy of this story went out already: the same fingerprint at any time, or a near one
   * (SimHash, `sameStory`) among the stories of the last window. Wire copies appear within hours of
   * each other; comparing against every story ever seen would grow without bound.
   */
  async hasSameStory(fingerprint: string): Promise<boolean> {
    if (fingerprint === EMPTY_FINGERPRINT) return false;
    const exact: unknown[] = await this.dataSource.query(`SELECT 1 FROM seen_articles WHERE fingerprint = $1 LIMIT 1`, [fingerprint]);
    if (exact.length > 0) return true;
    const recent: { fingerprint: string }[] = await this.dataSource.query(
      `SELECT fingerprint FROM seen_articles WHERE first_seen_at > now() - make_interval(hours => $1)
       ORDER BY first_seen_at DESC LIMIT $2`,
      [this.window.hours, this.window.maxStories],
    );
    return recent.some((row) => sameStory(fingerprint, row.fingerprint));
  }

  async remember(article: SeenArticle): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO seen_articles (article_id, canonical_url, fingerprint, feed_url, published_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (article_id) DO NOTHING`,
      [article.articleId, article.canonicalUrl, article.fingerprint, article.feedUrl, article.publishedAt],
    );
  }
}
