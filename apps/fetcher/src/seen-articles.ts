import type { DataSource } from 'typeorm';

export interface SeenArticle {
  articleId: string;
  canonicalUrl: string | null;
  fingerprint: string;
  feedUrl: string;
  publishedAt: string | null;
}

/** The fetcher's memory of what it published: it survives restarts, so a restart republishes nothing. */
export class SeenArticles {
  constructor(private readonly dataSource: DataSource) {}

  async unseen(articleIds: string[]): Promise<Set<string>> {
    if (articleIds.length === 0) return new Set();
    const rows: { article_id: string }[] = await this.dataSource.query(
      `SELECT article_id FROM seen_articles WHERE article_id = ANY($1::text[])`,
      [articleIds],
    );
    const seen = new Set(rows.map((row) => row.article_id));
    return new Set(articleIds.filter((id) => !seen.has(id)));
  }

  async hasFingerprint(fingerprint: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM seen_articles WHERE fingerprint = $1 LIMIT 1`, [fingerprint]);
    return rows.length > 0;
  }

  async remember(article: SeenArticle): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO seen_articles (article_id, canonical_url, fingerprint, feed_url, published_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (article_id) DO NOTHING`,
      [article.articleId, article.canonicalUrl, article.fingerprint, article.feedUrl, article.publishedAt],
    );
  }
}
