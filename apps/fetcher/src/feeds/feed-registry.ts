import { canonicalUrl } from '@cw/articles';
import type { DataSource } from 'typeorm';

/** One registered feed with its conditional-GET validators and the status an operator reads. */
export interface Feed {
  id: number;
  /** As given: the address fetched. May carry user:password@, so never shown or logged as is. */
  url: string;
  title: string | null;
  paused: boolean;
  addedAt: Date;
  etag: string | null;
  lastModified: string | null;
  lastFetchAt: Date | null;
  lastSuccessAt: Date | null;
  /** Why the last poll failed, in words; null once a poll succeeds. */
  lastError: string | null;
  lastErrorCode: string | null;
  consecutiveFailures: number;
  /** Items that were new to the fetcher when read from this feed, since it was added. */
  itemsSeen: number;
  /** Of those, the ones published (the rest were another feed's copy of a story already out). */
  articlesPublished: number;
  nextPollAt: Date | null;
}

export interface NewFeed {
  url: string;
  title?: string | null;
  paused?: boolean;
}

export interface PollSuccess {
  fetchedAt: Date;
  etag: string | null;
  lastModified: string | null;
  itemsSeen: number;
  articlesPublished: number;
  nextPollAt: Date;
}

export interface PollFailure {
  fetchedAt: Date;
  code: string;
  reason: string;
  consecutiveFailures: number;
  nextPollAt: Date;
}

const COLUMNS = `id, url, title, paused, added_at, etag, last_modified, last_fetch_at, last_success_at, last_error,
  last_error_code, consecutive_failures, items_seen, articles_published, next_poll_at`;

/** The feeds to poll, in Postgres: seeded from configuration, managed through the admin API. */
export class FeedRegistry {
  constructor(private readonly dataSource: DataSource) {}

  async list(page: { limit: number; after?: number }): Promise<Feed[]> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM feeds WHERE id > $1 ORDER BY id LIMIT $2`, [page.after ?? 0, page.limit]);
    return rows.map(toFeed);
  }

  /** Every feed not paused: what the schedule polls. */
  async active(): Promise<Feed[]> {
    return (await this.dataSource.query(`SELECT ${COLUMNS} FROM feeds WHERE NOT paused ORDER BY id`)).map(toFeed);
  }

  async get(id: number): Promise<Feed | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM feeds WHERE id = $1`, [id]);
    return row ? toFeed(row) : null;
  }

  /** Adds a feed, or answers the one already registered under the same canonical URL. */
  async add(feed: NewFeed): Promise<{ feed: Feed; created: boolean }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO feeds (url, canonical_url, title, paused) VALUES ($1, $2, $3, $4)
       ON CONFLICT (canonical_url) DO NOTHING RETURNING ${COLUMNS}`,
      [feed.url, canonicalUrl(feed.url), feed.title ?? null, feed.paused ?? false],
    );
    if (row) return { feed: toFeed(row), created: true };
    const [existing] = await this.dataSource.query(`SELECT ${COLUMNS} FROM feeds WHERE canonical_url = $1`, [canonicalUrl(feed.url)]);
    return { feed: toFeed(existing), created: false };
  }

  /**
   * Upserts the configured feeds at start. A seed may add a feed, name it or pause it; it never
   * un-pauses one: an operator who paused a feed through the API keeps it paused across restarts.
   */
  async seed(feeds: NewFeed[]): Promise<void> {
    for (const feed of feeds) {
      await this.dataSource.query(
        `INSERT INTO feeds (url, canonical_url, title, paused) VALUES ($1, $2, $3, $4)
         ON CONFLICT (canonical_url) DO UPDATE SET
           title = COALESCE(EXCLUDED.title, feeds.title),
           paused = feeds.paused OR EXCLUDED.paused`,
        [feed.url, canonicalUrl(feed.url), feed.title ?? null, feed.paused ?? false],
      );
    }
  }

  async setPaused(id: number, paused: boolean): Promise<Feed | null> {
    const [rows] = await this.dataSource.query(`UPDATE feeds SET paused = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [id, paused]);
    return rows[0] ? toFeed(rows[0]) : null;
  }

  async remove(id: number): Promise<boolean> {
    const [, count] = await this.dataSource.query(`DELETE FROM feeds WHERE id = $1`, [id]);
    return count > 0;
  }

  async recordSuccess(id: number, poll: PollSuccess): Promise<void> {
    // A 304 carries no new validators: the ones stored stay.
    await this.dataSource.query(
      `UPDATE feeds SET last_fetch_at = $2, last_success_at = $2, etag = COALESCE($3, etag), last_modified = COALESCE($4, last_modified),
         items_seen = items_seen + $5, articles_published = articles_published + $6, next_poll_at = $7,
         last_error = NULL, last_error_code = NULL, consecutive_failures = 0
       WHERE id = $1`,
      [id, poll.fetchedAt, poll.etag, poll.lastModified, poll.itemsSeen, poll.articlesPublished, poll.nextPollAt],
    );
  }

  async recordFailure(id: number, poll: PollFailure): Promise<void> {
    await this.dataSource.query(
      `UPDATE feeds SET last_fetch_at = $2, last_error_code = $3, last_error = $4, consecutive_failures = $5, next_poll_at = $6 WHERE id = $1`,
      [id, poll.fetchedAt, poll.code, poll.reason, poll.consecutiveFailures, poll.nextPollAt],
    );
  }
}

interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  paused: boolean;
  added_at: Date;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: Date | null;
  last_success_at: Date | null;
  last_error: string | null;
  last_error_code: string | null;
  consecutive_failures: number;
  items_seen: number;
  articles_published: number;
  next_poll_at: Date | null;
}

function toFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    paused: row.paused,
    addedAt: row.added_at,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchAt: row.last_fetch_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorCode: row.last_error_code,
    consecutiveFailures: row.consecutive_failures,
    itemsSeen: row.items_seen,
    articlesPublished: row.articles_published,
    nextPollAt: row.next_poll_at,
  };
}
