import { redactUrl } from '@cw/articles';
import { leaseTimings, nextPollDelay } from '@cw/feeds';
import type { StructuredLog } from '@cw/kafka';
import type { ClaimedFeed, FeedRegistry } from '../feeds/feed-registry';
import type { FeedPoller } from './feed-poller';
import { describePollFailure } from './poll-failure';

export interface FeedScheduleDeps {
  feeds: Pick<FeedRegistry, 'claimDue' | 'renewLeases' | 'recordSuccess' | 'recordFailure'>;
  poller: Pick<FeedPoller, 'poll'>;
  log: StructuredLog;
  /** This fetcher, as the feed leases name it: unique per process. */
  holder: string;
  intervalMs: number;
  /** Most a failing feed waits before its next try (a Retry-After may ask for longer). */
  maxBackoffMs: number;
  /** How long a claim on a feed lasts unless renewed: a dead fetcher's feeds move after this. */
  leaseMs: number;
  /** Most feeds this fetcher polls at once; it claims no more, and the other fetchers take the rest. */
  concurrency: number;
  random?: () => number;
  now?: () => Date;
}

/**
 * Polls the feeds this fetcher leases from the shared registry. Every few moments (and at once when a
 * poll ends while feeds are waiting, or when a feed is added or resumed here) it claims due feeds up
 * to its free places; it renews the leases of the feeds it polls, and each poll's record releases its
 * lease. Several fetchers on one database thus share the feeds, each polled by one at a time, and a
 * killed fetcher's feeds are taken by the others once its leases lapse.
 *
 * A failing feed backs off exponentially (and as long as Retry-After asks) and never delays the others.
 * Everything a poll depends on lives in the registry (validators, pauses, removals, failures in a row,
 * the next poll time), so it holds across restarts and across fetchers.
 */
export class FeedSchedule {
  /** Feeds this fetcher is polling now, under its lease. */
  private readonly polling = new Map<number, ClaimedFeed>();
  private readonly running = new Set<Promise<void>>();
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly claimEveryMs: number;
  private readonly renewEveryMs: number;
  private claimTimer: NodeJS.Timeout | undefined;
  private renewTimer: NodeJS.Timeout | undefined;
  private claiming: Promise<void> | null = null;
  private claimAgain = false;
  /** The last claim filled every free place: more feeds may be due than this fetcher polls at once. */
  private backlog = false;
  private stopped = false;

  constructor(private readonly deps: FeedScheduleDeps) {
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? (() => new Date());
    ({ claimEveryMs: this.claimEveryMs, renewEveryMs: this.renewEveryMs } = leaseTimings(deps.intervalMs, deps.leaseMs));
  }

  async start(): Promise<void> {
    const { holder, concurrency, leaseMs } = this.deps;
    this.deps.log.info({ holder, concurrency, leaseMs, claimEveryMs: this.claimEveryMs }, 'feed schedule started');
    this.renewTimer = setInterval(() => void this.renew(), this.renewEveryMs);
    await this.claim();
  }

  /** Looks for due feeds now: a feed added or resumed through this fetcher's API is polled at once. */
  wake(): void {
    void this.claim();
  }

  /** No new polls; the polls under way finish and are recorded, so nothing half-published is left behind. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.claimTimer);
    await this.claiming;
    await Promise.allSettled([...this.running]);
    // Leases are renewed to the end: a long last poll must not be taken over while it finishes.
    clearInterval(this.renewTimer);
  }

  private claim(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.claiming) {
      this.claimAgain = true;
      return this.claiming;
    }
    clearTimeout(this.claimTimer);
    this.claiming = this.claimOnce().finally(() => {
      this.claiming = null;
      if (this.claimAgain) {
        this.claimAgain = false;
        void this.claim();
      } else if (!this.stopped) {
        this.claimTimer = setTimeout(() => void this.claim(), this.claimEveryMs);
      }
    });
    return this.claiming;
  }

  private async claimOnce(): Promise<void> {
    const free = this.deps.concurrency - this.polling.size;
    if (free <= 0) {
      this.backlog = true;
      return;
    }
    try {
      const feeds = await this.deps.feeds.claimDue(this.deps.holder, this.deps.leaseMs, free);
      this.backlog = feeds.length === free;
      // A feed this fetcher still polls, whose lease lapsed while renewals failed, comes back to it: the
      // claim has renewed that lease, and the poll under way goes on alone.
      for (const feed of feeds) if (!this.polling.has(feed.id)) this.startPoll(feed);
    } catch (error) {
      // Postgres away: nothing is claimed, so nothing is polled twice; the next look tries again.
      this.deps.log.error({ error: (error as Error).message }, 'due feeds could not be claimed');
    }
  }

  private startPoll(feed: ClaimedFeed): void {
    this.polling.set(feed.id, feed);
    const run = this.pollAndRecord(feed)
      .catch((error) => {
        // The registry itself failed (Postgres away): the lease lapses and the feed is polled again then.
        this.deps.log.error({ feedId: feed.id, error: (error as Error).message }, 'feed poll could not be recorded');
      })
      .finally(() => {
        this.polling.delete(feed.id);
        this.running.delete(run);
        if (this.backlog) void this.claim();
      });
    this.running.add(run);
  }

  private async renew(): Promise<void> {
    const ids = [...this.polling.keys()];
    if (ids.length === 0) return;
    try {
      const held = await this.deps.feeds.renewLeases(this.deps.holder, ids, this.deps.leaseMs);
      const lost = ids.filter((id) => !held.has(id) && this.polling.has(id));
      if (lost.length > 0) this.deps.log.warn({ holder: this.deps.holder, feedIds: lost }, 'feed leases lost');
    } catch (error) {
      // Two more tries before the leases lapse (leaseTimings): a short outage costs nothing.
      this.deps.log.error({ error: (error as Error).message }, 'feed leases could not be renewed');
    }
  }

  private async pollAndRecord(feed: ClaimedFeed): Promise<void> {
    const { intervalMs, maxBackoffMs, holder } = this.deps;
    const fetchedAt = this.now();
    let recorded: boolean;
    try {
      const result = await this.deps.poller.poll(feed);
      const delay = nextPollDelay({
        intervalMs,
        maxBackoffMs,
        consecutiveFailures: 0,
        retryAfterMs: null,
        lateByMs: feed.lateByMs,
        random: this.random(),
      });
      recorded = await this.deps.feeds.recordSuccess(feed.id, holder, {
        fetchedAt,
        etag: result.etag,
        lastModified: result.lastModified,
        itemsSeen: result.newItems,
        articlesPublished: result.newArticles,
        nextPollInMs: delay,
      });
    } catch (error) {
      const failure = describePollFailure(error);
      const consecutiveFailures = feed.consecutiveFailures + 1;
      const delay = nextPollDelay({
        intervalMs,
        maxBackoffMs,
        consecutiveFailures,
        retryAfterMs: failure.retryAfterMs,
        lateByMs: feed.lateByMs,
        random: this.random(),
      });
      this.deps.log.warn(
        {
          feedId: feed.id,
          feedUrl: redactUrl(feed.url),
          code: failure.code,
          error: failure.reason,
          consecutiveFailures,
          nextPollMs: delay,
        },
        'feed poll failed',
      );
      recorded = await this.deps.feeds.recordFailure(feed.id, holder, {
        fetchedAt,
        code: failure.code,
        reason: failure.reason,
        consecutiveFailures,
        nextPollInMs: delay,
      });
    }
    // Removed meanwhile, or its lease lapsed and another fetcher took it: that fetcher's poll counts.
    if (!recorded) this.deps.log.info({ feedId: feed.id, holder }, 'feed poll not recorded: feed removed or leased to another fetcher');
  }
}
