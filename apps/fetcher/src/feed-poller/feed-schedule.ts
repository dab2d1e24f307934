import { redactUrl } from '@cw/articles';
import { firstPollDelay, nextPollDelay } from '@cw/feeds';
import type { StructuredLog } from '@cw/kafka';
import type { Feed, FeedRegistry } from '../feeds/feed-registry';
import type { FeedPoller } from './feed-poller';
import { describePollFailure } from './poll-failure';

export interface FeedScheduleDeps {
  feeds: Pick<FeedRegistry, 'active' | 'get' | 'recordSuccess' | 'recordFailure'>;
  poller: Pick<FeedPoller, 'poll'>;
  log: StructuredLog;
  intervalMs: number;
  /** Most a failing feed waits before its next try (a Retry-After may ask for longer). */
  maxBackoffMs: number;
  random?: () => number;
  now?: () => Date;
}

/**
 * Polls every registered feed on its own timer, spread by jitter so two hundred feeds never fire at
 * once. A failing feed backs off exponentially (and as long as Retry-After asks) and never delays the
 * others. The registry is read before each poll, so validators, pauses and removals always count, and
 * the failures in a row and the next poll time survive a restart.
 */
export class FeedSchedule {
  private readonly timers = new Map<number, NodeJS.Timeout>();
  /** Feeds the schedule keeps polling; a feed leaves when paused or removed. */
  private readonly wanted = new Set<number>();
  private readonly polling = new Set<number>();
  private readonly running = new Set<Promise<void>>();
  private readonly random: () => number;
  private readonly now: () => Date;
  private stopped = false;

  constructor(private readonly deps: FeedScheduleDeps) {
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? (() => new Date());
  }

  async start(): Promise<void> {
    const feeds = await this.deps.feeds.active();
    if (feeds.length === 0) this.deps.log.warn({}, 'no feeds to poll (add one with POST /feeds, FEED_URLS or FEEDS_FILE)');
    for (const feed of feeds) this.watch(feed);
  }

  /** Starts polling a feed (added or resumed), at its stored next poll time or soon if none. */
  watch(feed: Pick<Feed, 'id' | 'nextPollAt'>): void {
    if (this.stopped) return;
    this.wanted.add(feed.id);
    if (this.timers.has(feed.id) || this.polling.has(feed.id)) return;
    const dueInMs = feed.nextPollAt ? feed.nextPollAt.getTime() - this.now().getTime() : 0;
    this.schedule(feed.id, firstPollDelay(this.deps.intervalMs, dueInMs, this.random()));
  }

  /** Stops polling a feed (paused or removed); a poll under way finishes. */
  forget(feedId: number): void {
    this.wanted.delete(feedId);
    clearTimeout(this.timers.get(feedId));
    this.timers.delete(feedId);
  }

  /** No new polls; the polls under way finish, so nothing half-published is left behind. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }

  private schedule(feedId: number, delayMs: number): void {
    if (this.stopped || !this.wanted.has(feedId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(feedId);
      const poll = this.pollOnce(feedId);
      this.running.add(poll);
      void poll.finally(() => this.running.delete(poll));
    }, delayMs);
    this.timers.set(feedId, timer);
  }

  private async pollOnce(feedId: number): Promise<void> {
    this.polling.add(feedId);
    let delay = this.deps.intervalMs;
    try {
      const feed = await this.deps.feeds.get(feedId);
      if (!feed || feed.paused) {
        this.wanted.delete(feedId);
        return;
      }
      delay = await this.pollAndRecord(feed);
    } catch (error) {
      // The registry itself failed (Postgres away): log it and try again at the next interval.
      this.deps.log.error({ feedId, error: (error as Error).message }, 'feed poll could not be recorded');
    } finally {
      this.polling.delete(feedId);
    }
    this.schedule(feedId, delay);
  }

  private async pollAndRecord(feed: Feed): Promise<number> {
    const { intervalMs, maxBackoffMs } = this.deps;
    const fetchedAt = this.now();
    try {
      const result = await this.deps.poller.poll(feed);
      const delay = nextPollDelay({
        intervalMs,
        maxBackoffMs,
        consecutiveFailures: 0,
        retryAfterMs: null,
        random: this.random(),
      });
      await this.deps.feeds.recordSuccess(feed.id, {
        fetchedAt,
        etag: result.etag,
        lastModified: result.lastModified,
        itemsSeen: result.newItems,
        articlesPublished: result.newArticles,
        nextPollAt: new Date(fetchedAt.getTime() + delay),
      });
      return delay;
    } catch (error) {
      const failure = describePollFailure(error);
      const consecutiveFailures = feed.consecutiveFailures + 1;
      const delay = nextPollDelay({
        intervalMs,
        maxBackoffMs,
        consecutiveFailures,
        retryAfterMs: failure.retryAfterMs,
        random: this.random(),
      });
      const nextPollAt = new Date(fetchedAt.getTime() + delay);
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
      await this.deps.feeds.recordFailure(feed.id, {
        fetchedAt,
        code: failure.code,
        reason: failure.reason,
        consecutiveFailures,
        nextPollAt,
      });
      return delay;
    }
  }
}
