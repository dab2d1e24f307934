import { silentLog } from '@cw/kafka';
import type { Feed, PollFailure, PollSuccess } from '../feeds/feed-registry';
import { FeedError } from '../web/feed-error';
import { FetchError } from '../web/fetch-error';
import type { FeedPollResult, FeedToPoll } from './feed-poller';
import { FeedSchedule } from './feed-schedule';

// Fake time (jest timers drive both setTimeout and Date) and a registry in memory: the schedule's
// arithmetic and its reactions to pauses, removals and failures, without a database or a network.

const INTERVAL = 60_000;
const MAX_BACKOFF = 600_000;

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
  ...overrides,
});

class MemoryFeeds {
  readonly feeds = new Map<number, Feed>();
  readonly successes: { id: number; poll: PollSuccess }[] = [];
  readonly failures: { id: number; poll: PollFailure }[] = [];

  constructor(feeds: Feed[]) {
    for (const feed of feeds) this.feeds.set(feed.id, feed);
  }
  async active() {
    return [...this.feeds.values()].filter((feed) => !feed.paused);
  }
  async get(id: number) {
    const feed = this.feeds.get(id);
    return feed ? { ...feed } : null;
  }
  async recordSuccess(id: number, poll: PollSuccess) {
    this.successes.push({ id, poll });
    const feed = this.feeds.get(id);
    if (feed) Object.assign(feed, { etag: poll.etag ?? feed.etag, consecutiveFailures: 0, lastError: null, nextPollAt: poll.nextPollAt });
  }
  async recordFailure(id: number, poll: PollFailure) {
    this.failures.push({ id, poll });
    const feed = this.feeds.get(id);
    if (feed) Object.assign(feed, { consecutiveFailures: poll.consecutiveFailures, lastError: poll.reason, nextPollAt: poll.nextPollAt });
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

describe('FeedSchedule', () => {
  let schedule: FeedSchedule | undefined;

  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-10T12:00:00Z') }));
  afterEach(async () => {
    const stopping = schedule?.stop();
    await jest.runOnlyPendingTimersAsync();
    await stopping;
    jest.useRealTimers();
  });

  const start = (feeds: MemoryFeeds, poll: (feed: FeedToPoll) => Promise<FeedPollResult>) => {
    const polled: string[] = [];
    schedule = new FeedSchedule({
      feeds,
      poller: {
        poll: async (feed) => {
          polled.push(feed.url);
          return poll(feed);
        },
      },
      log: silentLog,
      intervalMs: INTERVAL,
      maxBackoffMs: MAX_BACKOFF,
      random: () => 0.5,
    });
    return { polled, started: schedule.start() };
  };

  it('polls each feed soon after start, then once per interval, sending the stored validators', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://a.example/rss')]);
    const sent: (string | null)[] = [];
    const { polled, started } = start(feeds, async (feed) => {
      sent.push(feed.etag);
      return pollResult(feed);
    });
    await started;
    await jest.advanceTimersByTimeAsync(3_000);
    expect(polled).toHaveLength(1);
    expect(feeds.successes[0].poll).toMatchObject({ itemsSeen: 3, articlesPublished: 2, etag: '"v1"' });
    expect(feeds.successes[0].poll.nextPollAt.getTime() - feeds.successes[0].poll.fetchedAt.getTime()).toBe(INTERVAL);

    await jest.advanceTimersByTimeAsync(INTERVAL);
    expect(polled).toHaveLength(2);
    expect(sent).toEqual([null, '"v1"']);
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
    expect(feeds.failures.map(({ poll }) => [poll.consecutiveFailures, poll.nextPollAt.getTime() - poll.fetchedAt.getTime()])).toEqual([
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
    await jest.advanceTimersByTimeAsync(3_000);
    expect(feeds.failures[0].poll.nextPollAt.getTime() - feeds.failures[0].poll.fetchedAt.getTime()).toBe(30 * 60_000);
    await jest.advanceTimersByTimeAsync(29 * 60_000);
    expect(polled).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(60_000);
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

  it('stops polling a paused or removed feed, and starts a new or resumed one without restart', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://a.example/rss'), feedOf(2, 'https://b.example/rss')]);
    const { polled, started } = start(feeds, async (feed) => pollResult(feed));
    await started;
    await jest.advanceTimersByTimeAsync(3_000);
    expect(polled.sort()).toEqual(['https://a.example/rss', 'https://b.example/rss']);

    schedule?.forget(1);
    feeds.feeds.get(1)!.paused = true;
    // Paused behind the schedule's back (another instance, by hand): the registry is read before each poll.
    feeds.feeds.delete(2);
    const added = feedOf(3, 'https://c.example/rss');
    feeds.feeds.set(3, added);
    schedule?.watch(added);
    await jest.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(polled.slice(2)).toEqual(['https://c.example/rss', 'https://c.example/rss', 'https://c.example/rss']);
  });

  it('lets a poll under way finish on stop, and starts no other', async () => {
    const feeds = new MemoryFeeds([feedOf(1, 'https://slow.example/rss')]);
    let finish!: () => void;
    const { polled, started } = start(feeds, (feed) => new Promise((resolve) => (finish = () => resolve(pollResult(feed)))));
    await started;
    await jest.advanceTimersByTimeAsync(3_000);
    let stopped = false;
    const stopping = schedule!.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(feeds.successes).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(10 * INTERVAL);
    expect(polled).toHaveLength(1);
  });
});
