import { createTestPipeline, requireKafka, type ServiceProcess, type TestPipeline, waitFor } from '@cw/testing';
import { Client } from 'pg';
import { type FeedFarm, startFeedFarm } from './feed-farm.testing';

// Issue 14: "A test runs two fetchers on 200 local feeds: every feed is polled on schedule, none twice
// at once, and killing one fetcher moves its feeds to the other within one lease." Two fetcher processes
// on one database, 200 feeds on ten local hosts that answer in 80-200 ms and count, from the server's
// side, every request and how many were open at once per feed and per host.

const FEEDS = 200;
const HOSTS = 10;
const INTERVAL = 4_000;
const LEASE = 2_000;
const HOST_CONCURRENCY = 2;
// What may separate a poll from its planned time: the claim look (a twentieth of the interval), a wait
// for a host slot, the answer's latency, two processes and the database sharing two cores with CI.
const SLACK = 1_500;

describe('two fetchers sharing 200 feeds', () => {
  let farm: FeedFarm;
  let pipeline: TestPipeline;
  let db: Client;
  let a: ServiceProcess;
  let b: ServiceProcess;

  const gapsOf = (times: number[]) => times.slice(1).map((time, i) => time - times[i]);
  const leasesByHolder = async () => {
    const { rows } = await db.query<{ holder: string; feeds: number }>(
      `SELECT lease_holder AS holder, count(*)::int AS feeds FROM feeds WHERE lease_until > now() GROUP BY lease_holder`,
    );
    return rows;
  };
  // A holder is "<host>/<pid>/<random>": the pid says which process it is.
  const pidOf = (holder: string) => Number(holder.split('/').at(-2));

  beforeAll(async () => {
    await requireKafka();
    farm = await startFeedFarm({ feeds: FEEDS, hosts: HOSTS, latencyMs: [80, 200] });
    pipeline = await createTestPipeline({
      name: 'feed-leases',
      partitions: 1,
      env: {
        FEED_URLS: farm.urls.join(','),
        FEED_POLL_INTERVAL_MS: String(INTERVAL),
        FEED_LEASE_MS: String(LEASE),
        FEED_CONCURRENCY: '16',
        HOST_CONCURRENCY: String(HOST_CONCURRENCY),
        HTTP_TIMEOUT_MS: '2000',
        FETCH_ARTICLE_PAGES: 'false',
        ALLOW_PRIVATE_HOSTS: '127.0.0.1:*',
        LOG_LEVEL: 'warn',
      },
    });
    db = new Client({ connectionString: pipeline.databaseUrl });
    // Started together on a new database: one migrates, the other waits for it (open-fetcher-data-source.ts).
    [a, b] = await Promise.all([pipeline.start('fetcher', { instance: 'fetcher-a' }), pipeline.start('fetcher', { instance: 'fetcher-b' })]);
    await waitFor(
      async () => {
        const [first, second] = await Promise.all(
          ['fetcher-a', 'fetcher-b'].map((name) => fetch(`http://127.0.0.1:${pipeline.port(name)}/health/live`)),
        );
        return first.ok && second.ok;
      },
      { timeoutMs: 60_000, what: () => `both fetchers up\n${pipeline.logs()}` },
    );
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await pipeline?.close('SIGKILL');
    await farm?.close();
  });

  it('polls every feed on schedule, each by one fetcher at a time, the two sharing them, within the host limit across both', async () => {
    // Every feed polled twice: the first round (all due at once) is over, and the second was spread.
    await waitFor(() => farm.urls.every((url) => (farm.requestTimes.get(url)?.length ?? 0) >= 2), {
      timeoutMs: 60_000,
      what: () => `two polls of every feed\n${pipeline.logs()}`,
    });
    const holders = new Set<number>();
    const watchFrom = Date.now();
    while (Date.now() - watchFrom < 3 * INTERVAL) {
      for (const { holder } of await leasesByHolder()) holders.add(pidOf(holder));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    expect(holders).toEqual(new Set([a.pid, b.pid]));
    expect(farm.maxOpenPerFeed()).toBe(1);
    expect(farm.maxOpenPerHost()).toBeLessThanOrEqual(HOST_CONCURRENCY);
    const allGaps: number[] = [];
    for (const url of farm.urls) {
      const times = farm.requestTimes.get(url)!;
      // After the first poll, a feed comes back between half an interval and one and a half (the spread
      // of feeds that started together), then every interval +-10% counted from the end of its last
      // poll, or again between a half and one and a half when a poll started later than the jitter
      // explains. The first gap also holds the first round's 200 new articles going out one at a time
      // (one story decision at a time across fetchers), so only its lower end is checked.
      const gaps = gapsOf(times);
      expect({ url, firstGap: gaps[0] >= INTERVAL / 2 - SLACK }).toEqual({ url, firstGap: true });
      gaps.shift();
      expect({ url, shortest: Math.min(...gaps) >= INTERVAL / 2 - SLACK, longest: Math.max(...gaps) <= 1.5 * INTERVAL + SLACK }).toEqual({
        url,
        shortest: true,
        longest: true,
      });
      allGaps.push(...gaps.slice(1));
    }
    // Once spread, the usual gap is the interval: the median within the jitter (and a claim look).
    allGaps.sort((x, y) => x - y);
    expect(allGaps[Math.floor(allGaps.length / 2)]).toBeGreaterThanOrEqual(0.9 * INTERVAL);
    expect(allGaps[Math.floor(allGaps.length / 2)]).toBeLessThanOrEqual(1.1 * INTERVAL + 500);
    // Spread: over any tenth of the last interval, about a tenth of the feeds were polled, never most.
    const now = Date.now();
    const recent = farm.urls.map((url) => farm.requestTimes.get(url)!.filter((time) => time > now - INTERVAL));
    const perTenth = Array.from(
      { length: 10 },
      (_, i) =>
        recent.flat().filter((time) => time > now - INTERVAL + (i * INTERVAL) / 10 && time <= now - INTERVAL + ((i + 1) * INTERVAL) / 10).length,
    );
    expect(Math.max(...perTenth)).toBeLessThan(FEEDS / 3);
  });

  it('moves the feeds of a killed fetcher to the other within one lease, and keeps every feed polled', async () => {
    // Kill A while it holds a few leases, so some polls are still under way a moment later, when the kill lands.
    const orphans = await waitFor(
      async () => {
        const { rows } = await db.query<{ url: string; holder: string }>(`SELECT url, lease_holder AS holder FROM feeds WHERE lease_until > now()`);
        const held = rows.filter((row) => pidOf(row.holder) === a.pid);
        return held.length >= 3 && held;
      },
      { timeoutMs: 10_000, intervalMs: 5, what: 'fetcher A holding leases' },
    );
    farm.resetPeaks();
    expect(await pipeline.stop('fetcher-a', 'SIGKILL')).toBeNull();
    const killedAt = Date.now();
    // The feeds whose lease A held when it died and never released: nobody else may poll them until it lapses.
    const { rows: stranded } = await db.query<{ url: string }>(`SELECT url FROM feeds WHERE lease_holder = $1`, [orphans[0].holder]);
    expect(stranded.length).toBeGreaterThan(0);

    await waitFor(() => stranded.every(({ url }) => farm.requestTimes.get(url)!.some((time) => time > killedAt)), {
      timeoutMs: LEASE + SLACK + 5_000,
      intervalMs: 20,
      what: () => `B polling A's stranded feeds\n${pipeline.logs()}`,
    });
    for (const { url } of stranded) {
      const after = farm.requestTimes.get(url)!.find((time) => time > killedAt)!;
      // Within one lease (plus a claim look and a host slot), never before A's lease could have lapsed.
      expect({ url, takenOverInMs: after - killedAt <= LEASE + SLACK }).toEqual({ url, takenOverInMs: true });
    }

    // Every feed goes on being polled, by B alone now, one request at a time per feed.
    const watchFrom = Date.now();
    await waitFor(() => farm.urls.every((url) => farm.requestTimes.get(url)!.filter((time) => time > watchFrom).length >= 2), {
      timeoutMs: 3 * INTERVAL + SLACK,
      what: () => `B polling every feed\n${pipeline.logs()}`,
    });
    expect(new Set((await leasesByHolder()).map(({ holder }) => pidOf(holder)))).toEqual(new Set([b.pid]));
    expect(farm.maxOpenPerFeed()).toBe(1);
    expect(farm.maxOpenPerHost()).toBeLessThanOrEqual(HOST_CONCURRENCY);
  });
});
