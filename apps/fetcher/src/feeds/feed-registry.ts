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
  /** The fetcher polling it now (its lease has not lapsed), or null. */
  polledBy: string | null;
}

/** A feed a fetcher has just leased, with how late its poll begins against its planned time. */
export interface ClaimedFeed extends Feed {
  /** Null for a feed never polled. */
  lateByMs: number | null;
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
  /** From now on the database's clock, which every fetcher shares. */
  nextPollInMs: number;
}

export interface PollFailure {
  fetchedAt: Date;
  code: string;
  reason: string;
  consecutiveFailures: number;
  nextPollInMs: number;
}

const COLUMNS = `id, url, title, paused, added_at, etag, last_modified, last_fetch_at, last_success_at, last_error,
  last_error_code, consecutive_failures, items_seen, articles_published, next_poll_at,
  CASE WHEN lease_until > now() THEN lease_holder END AS polled_by`;

// Lease and schedule times are the database's (now()), never a fetcher's: fetchers on several machines
// then agree on when a feed is due and when a lease has lapsed, whatever their clocks say.
const ms = (param: string) => `${param}::float8 * interval '1 millisecond'`;

/**
 * The feeds to poll, in Postgres: seeded from configuration, managed through the admin API, and shared
 * by every fetcher through leases (a feed is polled by the one fetcher holding its lease).
 */
export class FeedRegistry {
  constructor(private readonly dataSource: DataSource) {}

  async list(page: { limit: number; after?: number }): Promise<Feed[]> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM feeds WHERE id > $1 ORDER BY id LIMIT $2`, [page.after ?? 0, page.limit]);
    return rows.map(toFeed);
  }

  /**
   * Leases up to `limit` due feeds to `holder` for `leaseMs`, the most overdue first: feeds not paused,
   * whose next poll time has come, and whose lease is free or has lapsed (its holder died or lost
   * touch). SKIP LOCKED lets fetchers claiming at the same moment each take other feeds instead of
   * waiting on one another; a row another claim has just leased is re-checked and left out.
   */
  async claimDue(holder: string, leaseMs: number, limit: number): Promise<ClaimedFeed[]> {
    if (limit <= 0) return [];
    const [rows]: [(FeedRow & { late_by_ms: number | null })[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT id AS due_id FROM feeds
         WHERE NOT paused AND (next_poll_at IS NULL OR next_poll_at <= now()) AND (lease_until IS NULL OR lease_until <= now())
         ORDER BY next_poll_at NULLS FIRST, id
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
       UPDATE feeds SET lease_holder = $1, lease_until = now() + ${ms('$2')}
       FROM due WHERE feeds.id = due.due_id
       RETURNING ${COLUMNS}, (EXTRACT(EPOCH FROM now() - next_poll_at) * 1000)::float8 AS late_by_ms`,
      [holder, leaseMs, limit],
    );
    return rows.map((row) => ({ ...toFeed(row), lateByMs: row.late_by_ms }));
  }

  /**
   * Extends the leases `holder` still has among `ids`, and its host slots (feed-poller/host-slots.ts) with
   * them, so a dead fetcher's slots come free when its feeds do; answers the ids still held (a missing
   * one was lost).
   */
  async renewLeases(holder: string, ids: number[], leaseMs: number): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const [rows]: [{ id: number }[], number] = await this.dataSource.query(
      `WITH slots AS (UPDATE host_slots SET held_until = now() + ${ms('$3')} WHERE holder = $1)
       UPDATE feeds SET lease_until = now() + ${ms('$3')} WHERE id = ANY($2::int[]) AND lease_holder = $1 RETURNING id`,
      [holder, ids, leaseMs],
    );
    return new Set(rows.map((row) => row.id));
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

  /**
   * Records a poll by `holder` and releases its lease. Answers false, recording nothing, when the lease
   * went to another fetcher meanwhile (or the feed was removed): that fetcher's poll is the one that counts.
   */
  async recordSuccess(id: number, holder: string, poll: PollSuccess): Promise<boolean> {
    // A 304 carries no new validators: the ones stored stay.
    const [, count] = await this.dataSource.query(
      `UPDATE feeds SET last_fetch_at = $3, last_success_at = $3, etag = COALESCE($4, etag), last_modified = COALESCE($5, last_modified),
         items_seen = items_seen + $6, articles_published = articles_published + $7, next_poll_at = now() + ${ms('$8')},
         last_error = NULL, last_error_code = NULL, consecutive_failures = 0, lease_holder = NULL, lease_until = NULL
       WHERE id = $1 AND lease_holder = $2`,
      [id, holder, poll.fetchedAt, poll.etag, poll.lastModified, poll.itemsSeen, poll.articlesPublished, poll.nextPollInMs],
    );
    return count > 0;
  }

  async recordFailure(id: number, holder: string, poll: PollFailure): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE feeds SET last_fetch_at = $3, last_error_code = $4, last_error = $5, consecutive_failures = $6, next_poll_at = now() + ${ms('$7')},
         lease_holder = NULL, lease_until = NULL
       WHERE id = $1 AND lease_holder = $2`,
      [id, holder, poll.fetchedAt, poll.code, poll.reason, poll.consecutiveFailures, poll.nextPollInMs],
    );
    return count > 0;
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
  polled_by: string | null;
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
    polledBy: row.polled_by,
  };
}
