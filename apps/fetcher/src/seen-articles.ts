import { EMPTY_FINGERPRINT, sameStory } from '@cw/articles';
import type { DataSource, EntityManager } from 'typeorm';

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

// Two-key advisory locks never collide with the aggregator's one-key locks in a shared database
// (Postgres keeps the two key spaces apart). 0x6377 is "cw".
const STORY_DECISIONS_LOCK = [0x6377, 1];

/** The fetcher's memory of what it published: it survives restarts, so a restart republishes nothing. */
export class SeenArticles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly window: StoryWindow = { hours: 72, maxStories: 20_000 },
    /** Where the queries go: the data source, or the transaction of a decision. */
    private readonly db: Pick<EntityManager, 'query'> = dataSource,
  ) {}

  /**
   * Runs one "is this story new? then publish and remember it" decision alone among every fetcher on
   * the database: two fetchers polling two feeds that carry one wire story must not both find it new.
   * The lock is a transaction's, so a killed fetcher's lock goes with its connection; what `decide`
   * remembers commits as the lock is released.
   */
  async decideAlone<T>(decide: (seen: SeenArticles) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, STORY_DECISIONS_LOCK);
      return decide(new SeenArticles(this.dataSource, this.window, manager));
    });
  }

  async unseen(articleIds: string[]): Promise<Set<string>> {
    if (articleIds.length === 0) return new Set();
    const rows: { article_id: string }[] = await this.db.query(`SELECT article_id FROM seen_articles WHERE article_id = ANY($1::text[])`, [
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
    const exact: unknown[] = await this.db.query(`SELECT 1 FROM seen_articles WHERE fingerprint = $1 LIMIT 1`, [fingerprint]);
    if (exact.length > 0) return true;
    const recent: { fingerprint: string }[] = await this.db.query(
      `SELECT fingerprint FROM seen_articles WHERE first_seen_at > now() - make_interval(hours => $1)
       ORDER BY first_seen_at DESC LIMIT $2`,
      [this.window.hours, this.window.maxStories],
    );
    return recent.some((row) => sameStory(fingerprint, row.fingerprint));
  }

  async remember(article: SeenArticle): Promise<void> {
    await this.db.query(
      `INSERT INTO seen_articles (article_id, canonical_url, fingerprint, feed_url, published_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (article_id) DO NOTHING`,
      [article.articleId, article.canonicalUrl, article.fingerprint, article.feedUrl, article.publishedAt],
    );
  }
}
