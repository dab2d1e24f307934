import { silentLog } from '@cw/kafka';
import type { ClaimedFeed, Feed, PollFailure, PollSuccess } from '../feeds/feed-registry';
import { FeedError } from '../web/feed-error';
import { FetchError } from '../web/fetch-error';
import type { FeedPollResult, FeedToPoll } from './feed-poller';
import { FeedSchedule, type FeedScheduleDeps } from './feed-schedule';

// Fake time (jest timers drive both setTimeout and Date) and a registry in memory that leases feeds as
// FeedRegistry's SQL does: the schedule's arithmetic, its claims and leases, and its reactions to pauses,
// removals and failures, without a database or a network. The SQL itself is exercised by
// feed-leases.integration.spec.ts on two real fetcher processes.

const INTERVAL = 60_000;
const MAX_BACKOFF = 600_000;
const LEASE = 30_000;

const feedOf = (id: number, url: string, overrides: Partial<Feed> = {}): Feed => ({
  id,
  url,
  title: null,
  paused: false,
  addedAt: new Date(),
  etag: null,
  lastModified: null,
  lastFetchAt: null,
  lastSuccessAt: null,
  lastError: null,
  lastErrorCode: null,
  consecutiveFailures: 0,
  itemsSeen: 0,
  articlesPublished: 0,
  nextPollAt: null,
  polledBy: null,
  ...overrides,
});

class MemoryFeeds {
  readonly feeds = new Map<number, Feed>();
  readonly leases = new Map<number, { holder: string; until: number }>();
  readonly successes: { id: number; holder: string; poll: PollSuccess }[] = [];
  readonly failures: { id: number; holder: string; poll: PollFailure }[] = [];
  readonly renewals: { holder: string; ids: number[] }[] = [];
  /** Fetchers that cannot reach the registry: every call of theirs fails. */
  readonly cutOff = new Set<string>();
  /** Fetchers whose renewals fail (a slow moment), though their claims go through. */
  readonly renewalsFail = new Set<string>();

  constructor(feeds: Feed[]) {
    for (const feed of feeds) this.feeds.set(feed.id, feed);
  }
  private reach(holder: string) {
    if (this.cutOff.has(holder)) throw new Error('connection terminated');
  }
  async claimDue(holder: string, leaseMs: number, limit: number): Promise<ClaimedFeed[]> {
    this.reach(holder);
    const now = Date.now();
    const due = [...this.feeds.values()]
      .filter((feed) => !feed.paused && (feed.nextPollAt?.getTime() ?? 0) <= now && (this.leases.get(feed.id)?.until ?? 0) <= now)
      .sort((a, b) => (a.nextPollAt?.getTime() ?? -Infinity) - (b.nextPollAt?.getTime() ?? -Infinity) || a.id - b.id)
      .slice(0, limit);
    for (const feed of due) this.leases.set(feed.id, { holder, until: now + leaseMs });
    return due.map((feed) => ({ ...feed, lateByMs: feed.nextPollAt ? now - feed.nextPollAt.getTime() : null }));
  }
  async renewLeases(holder: string, ids: number[], leaseMs: number) {
    this.renewals.push({ holder, ids });
    this.reach(holder);
    if (this.renewalsFail.has(holder)) throw new Error('statement timeout');
    const held = ids.filter((id) => this.leases.get(id)?.holder === holder);
    for (const id of held) this.leases.set(id, { holder, until: Date.now() + leaseMs });
    return new Set(held);
  }
  async recordSuccess(id: number, holder: string, poll: PollSuccess) {
    this.reach(holder);
    const feed = this.feeds.get(id);
    if (!feed || this.leases.get(id)?.holder !== holder) return false;
    this.successes.push({ id, holder, poll });
    this.leases.delete(id);
    Object.assign(feed, {
      etag: poll.etag ?? feed.etag,
      consecutiveFailures: 0,
      lastError: null,
      nextPollAt: new Date(Date.now() + poll.nextPollInMs),
    });
    return true;
  }
  async recordFailure(id: number, holder: string, poll: PollFailure) {
    this.reach(holder);
    const feed = this.feeds.get(id);
    if (!feed || this.leases.get(id)?.holder !== holder) return false;
    this.failures.push({ id, holder, poll });
    this.leases.delete(id);
    Object.assign(feed, {
      consecutiveFailures: poll.consecutiveFailures,
      lastError: poll.reason,
      nextPollAt: new Date(Date.now() + poll.nextPollInMs),
    });
    return true;
  }
}

const pollResult = (feed: FeedToPoll, etag: string | null = '"v1"'): FeedPollResult => ({
  feedUrl: feed.url,
  notModified: false,
  etag,
  lastModified: null,
  items: 3,
  newItems: 3,
  newArticles: 2,
  duplicateStories: 1,
  deferredItems: 0,
  skippedItems: 0,
});

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
};

describe('FeedSchedule', () => {
  const schedules: FeedSchedule[] = [];

  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-10T12:00:00Z') }));
  afterEach(async () => {
    const stopping = Promise.all(schedules.splice(0).map((schedule) => schedule.stop()));
    await jest.runOnlyPendingTimersAsync();
    await stopping;
    jest.useRealTimers();
  });

  const start = (feeds: MemoryFeeds, poll: (feed: FeedToPoll) => Promise<FeedPollResult>, options: Partial<FeedScheduleDeps> = {}) => {
    const polled: string[] = [];
    const schedule = new FeedSchedule({
      feeds,
      poller: {
        poll: async (feed) => {
          polled.push(feed.url);
          return poll(feed);
        },
      },
      log: silentLog,
      holder: 'fetcher-a',
      intervalMs: INTERVAL,
      maxBackoffMs: MAX_BACKOFF,
      leaseMs: LEASE,
      concurrency: 16,
      random: () => 0.5,
      ...options,
    });
    schedules.push(schedule);
    return { schedule, polled, started: schedule.start() };
  };

  it('polls each feed at start, then once per interval, sending the stored validators', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://a.example/rss')]);
    const sent: (string | null)[] = [];
    const { polled, started } = start(feeds, async (feed) => {
      sent.push(feed.etag);
      return pollResult(feed);
    });
    await started;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(polled).toHaveLength(1);
    expect(feeds.successes[0]).toMatchObject({
      holder: 'fetcher-a',
      poll: { itemsSeen: 3, articlesPublished: 2, etag: '"v1"', nextPollInMs: INTERVAL },
    });

    await jest.advanceTimersByTimeAsync(INTERVAL);
    expect(polled).toHaveLength(2);
    expect(sent).toEqual([null, '"v1"']);
  });

  it('spreads feeds polled off their place (new, or overdue) over the next interval, and keeps the others on time', async () => {
    const overdue = new Date(Date.now() - 10 * INTERVAL);
    const onTime = new Date(Date.now());
    const feeds = new MemoryFeeds([
      feedOf(1, 'https://new.example/rss'),
      feedOf(2, 'https://overdue.example/rss', { nextPollAt: overdue }),
      feedOf(3, 'https://due.example/rss', { nextPollAt: onTime }),
    ]);
    const { started } = start(feeds, async (feed) => pollResult(feed), { random: () => 0 });
    await started;
    await jest.advanceTimersByTimeAsync(1_000);
    const waits = new Map(feeds.successes.map(({ id, poll }) => [id, poll.nextPollInMs]));
    expect(Object.fromEntries(waits)).toEqual({ 1: INTERVAL / 2, 2: INTERVAL / 2, 3: 0.9 * INTERVAL });
  });

  it('backs a failing feed off 1, 2, 4 intervals while the good feed keeps its pace', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://good.example/rss'), feedOf(2, 'https://broken.example/rss')]);
    const { polled, started } = start(feeds, async (feed) => {
      if (feed.url.includes('broken')) throw new FeedError('FEED_IS_HTML', 'the body is an HTML page, not a feed', feed.url);
      return pollResult(feed);
    });
    await started;
    await jest.advanceTimersByTimeAsync(3_000 + 6 * INTERVAL);
    expect(polled.filter((url) => url.includes('good'))).toHaveLength(7);
    expect(polled.filter((url) => url.includes('broken'))).toHaveLength(3);
    expect(feeds.failures.map(({ poll }) => [poll.consecutiveFailures, poll.nextPollInMs])).toEqual([
      [1, INTERVAL],
      [2, 2 * INTERVAL],
      [3, 4 * INTERVAL],
    ]);
    expect(feeds.failures[0].poll).toMatchObject({ code: 'FEED_IS_HTML', reason: 'the body is an HTML page, not a feed' });
  });

  it('waits as long as a 429 Retry-After asks, longer than its own backoff', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://busy.example/rss')]);
    const { polled, started } = start(feeds, async (feed) => {
      throw new FetchError('HTTP_STATUS', 'HTTP 429 from https://busy.example/rss', { url: feed.url, status: 429, retryAfterMs: 30 * 60_000 });
    });
    await started;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(feeds.failures[0].poll.nextPollInMs).toBe(30 * 60_000);
    await jest.advanceTimersByTimeAsync(29 * 60_000);
    expect(polled).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(2 * 60_000);
    expect(polled).toHaveLength(2);
  });

  it('keeps a stored next poll time across a restart: a backed-off feed is not polled at once', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://a.example/rss', { consecutiveFailures: 3, nextPollAt: new Date(Date.now() + 5 * INTERVAL) })]);
    const { polled, started } = start(feeds, async (feed) => pollResult(feed));
    await started;
    await jest.advanceTimersByTimeAsync(4 * INTERVAL);
    expect(polled).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(INTERVAL + 3_000);
    expect(polled).toHaveLength(1);
  });

  it('stops polling a paused or removed feed, and polls a new or resumed one without restart', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://a.example/rss'), feedOf(2, 'https://b.example/rss')]);
    const { schedule, polled, started } = start(feeds, async (feed) => pollResult(feed));
    await started;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(polled.sort()).toEqual(['https://a.example/rss', 'https://b.example/rss']);

    // Paused and removed behind this schedule's back (through another fetcher's API): only the registry knows.
    feeds.feeds.get(1)!.paused = true;
    feeds.feeds.delete(2);
    feeds.feeds.set(3, feedOf(3, 'https://c.example/rss'));
    schedule.wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(polled.slice(2)).toEqual(['https://c.example/rss']);
    await jest.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(polled.length).toBeGreaterThanOrEqual(2 + 3);
    expect(new Set(polled.slice(2))).toEqual(new Set(['https://c.example/rss']));

    feeds.feeds.get(1)!.paused = false;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(polled).toContain('https://a.example/rss');
  });

  it('polls no more feeds at once than its concurrency; the others wait for a free place', async () => {
    const feeds = new MemoryFeeds([1, 2, 3, 4, 5].map((id) => feedOf(id, `https://host${id}.example/rss`)));
    const gates = new Map<string, ReturnType<typeof deferred<FeedPollResult>>>();
    let open = false;
    const { polled, started } = start(
      feeds,
      async (feed) => {
        if (open) return pollResult(feed);
        const gate = deferred<FeedPollResult>();
        gates.set(feed.url, gate);
        return gate.promise;
      },
      { concurrency: 2 },
    );
    await started;
    await jest.advanceTimersByTimeAsync(5_000);
    expect(polled).toEqual(['https://host1.example/rss', 'https://host2.example/rss']);
    expect([...feeds.leases.keys()]).toEqual([1, 2]);

    gates.get('https://host1.example/rss')!.resolve(pollResult({ url: 'https://host1.example/rss', etag: null, lastModified: null }));
    await jest.advanceTimersByTimeAsync(0);
    // A place came free while feeds were waiting: claimed at once, not at the next look.
    expect(polled).toEqual(['https://host1.example/rss', 'https://host2.example/rss', 'https://host3.example/rss']);
    open = true;
    for (const gate of gates.values()) gate.resolve(pollResult({ url: 'x', etag: null, lastModified: null }));
  });

  it('renews the lease of a long poll every third of the lease, so no other fetcher takes the feed meanwhile', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://slow.example/rss')]);
    const gate = deferred<FeedPollResult>();
    const a = start(feeds, () => gate.promise);
    const b = start(feeds, async (feed) => pollResult(feed), { holder: 'fetcher-b' });
    await Promise.all([a.started, b.started]);
    await jest.advanceTimersByTimeAsync(3 * LEASE);
    expect(feeds.renewals.filter(({ holder }) => holder === 'fetcher-a').length).toBeGreaterThanOrEqual(8);
    expect(a.polled).toHaveLength(1);
    expect(b.polled).toHaveLength(0);
    gate.resolve(pollResult({ url: 'https://slow.example/rss', etag: null, lastModified: null }));
    await jest.advanceTimersByTimeAsync(0);
    expect(feeds.successes.map(({ holder }) => holder)).toEqual(['fetcher-a']);
  });

  it('lets another fetcher take a feed whose holder lost touch, once the lease lapses; the late holder records nothing', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://a.example/rss')]);
    const stuck = deferred<FeedPollResult>();
    const a = start(feeds, () => stuck.promise);
    await a.started;
    await jest.advanceTimersByTimeAsync(1_000);
    feeds.cutOff.add('fetcher-a');
    const b = start(feeds, async (feed) => pollResult(feed), { holder: 'fetcher-b' });
    await b.started;
    await jest.advanceTimersByTimeAsync(LEASE - 2_000);
    expect(b.polled).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(3_000);
    expect(b.polled).toHaveLength(1);
    stuck.resolve(pollResult({ url: 'https://a.example/rss', etag: null, lastModified: null }));
    await jest.advanceTimersByTimeAsync(0);
    expect(feeds.successes.map(({ holder }) => holder)).toEqual(['fetcher-b']);
  });

  it('never polls a feed twice at once when its own lapsed lease comes back to it by a claim', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://a.example/rss')]);
    const stuck = deferred<FeedPollResult>();
    const a = start(feeds, () => stuck.promise);
    await a.started;
    feeds.renewalsFail.add('fetcher-a');
    await jest.advanceTimersByTimeAsync(3 * LEASE);
    expect(feeds.leases.get(1)?.holder).toBe('fetcher-a');
    expect(a.polled).toHaveLength(1);
    stuck.resolve(pollResult({ url: 'https://a.example/rss', etag: null, lastModified: null }));
    await jest.advanceTimersByTimeAsync(0);
    expect(feeds.successes).toHaveLength(1);
  });

  it('lets a poll under way finish on stop, and starts no other', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://slow.example/rss')]);
    let finish!: () => void;
    const { schedule, polled, started } = start(feeds, (feed) => new Promise((resolve) => (finish = () => resolve(pollResult(feed)))));
    await started;
    await jest.advanceTimersByTimeAsync(1_000);
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(feeds.successes).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(10 * INTERVAL);
    expect(polled).toHaveLength(1);
  });
});
