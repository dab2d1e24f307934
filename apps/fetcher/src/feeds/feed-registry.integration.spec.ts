import { createTestDatabase, type TestDatabase } from '@cw/testing';
import type { DataSource } from 'typeorm';
import { openFetcherDataSource } from '../database/open-fetcher-data-source';
import { FeedRegistry } from './feed-registry';

// The lease SQL on the real Postgres: what FeedSchedule's unit spec takes on trust from its in-memory registry.

describe('FeedRegistry leases', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let registry: FeedRegistry;
  const LEASE = 60_000;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openFetcherDataSource(database.url);
    registry = new FeedRegistry(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(() => dataSource.query('TRUNCATE feeds'));

  const add = async (path: string, nextPollInMs: number | null = null, paused = false) => {
    const { feed } = await registry.add({ url: `https://leases.example${path}`, paused });
    if (nextPollInMs !== null)
      await dataSource.query(`UPDATE feeds SET next_poll_at = now() + $2 * interval '1 millisecond' WHERE id = $1`, [feed.id, nextPollInMs]);
    return feed.id;
  };
  const ids = (feeds: { id: number }[]) => feeds.map((feed) => feed.id).sort((a, b) => a - b);

  it('leases due feeds, most overdue first and never-polled ones before all, up to the limit; not paused, not later ones', async () => {
    const overdue = await add('/overdue', -60_000);
    const fresh = await add('/new');
    const mostOverdue = await add('/most-overdue', -120_000);
    await add('/later', 60_000);
    await add('/paused', null, true);
    const claimed = await registry.claimDue('fetcher-a', LEASE, 2);
    expect(claimed.map((feed) => feed.id)).toEqual([fresh, mostOverdue]);
    expect(claimed[0].lateByMs).toBeNull();
    expect(claimed[1].lateByMs).toBeGreaterThanOrEqual(120_000);
    expect(claimed[1].polledBy).toBe('fetcher-a');
    expect(ids(await registry.claimDue('fetcher-b', LEASE, 10))).toEqual([overdue]);
    expect(await registry.claimDue('fetcher-c', LEASE, 10)).toEqual([]);
  });

  it('hands each due feed to one of many fetchers claiming at the same moment', async () => {
    const all = await Promise.all(Array.from({ length: 40 }, (_, i) => add(`/feed-${i}`)));
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => registry.claimDue(`fetcher-${i}`, LEASE, 10)));
    const claimed = claims.flatMap(ids);
    expect(claimed.sort((a, b) => a - b)).toEqual(all.sort((a, b) => a - b));
  });

  it('lets another fetcher take a feed once its lease lapses, and then refuses the late holder its renewal and its record', async () => {
    const id = await add('/lapsing');
    await registry.claimDue('fetcher-a', 50, 1);
    expect(await registry.claimDue('fetcher-b', LEASE, 1)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ids(await registry.claimDue('fetcher-b', LEASE, 1))).toEqual([id]);

    expect(await registry.renewLeases('fetcher-a', [id], LEASE)).toEqual(new Set());
    expect(await registry.renewLeases('fetcher-b', [id], LEASE)).toEqual(new Set([id]));
    const poll = { fetchedAt: new Date(), etag: '"v2"', lastModified: null, itemsSeen: 1, articlesPublished: 1, nextPollInMs: 300_000 };
    expect(await registry.recordSuccess(id, 'fetcher-a', poll)).toBe(false);
    expect(await registry.recordSuccess(id, 'fetcher-b', poll)).toBe(true);
    const feed = await registry.get(id);
    expect(feed).toMatchObject({ etag: '"v2"', itemsSeen: 1, polledBy: null });
    expect(feed!.nextPollAt!.getTime() - Date.now()).toBeGreaterThan(290_000);
  });

  it('renews the holder host slots with its leases, so they lapse together', async () => {
    const id = await add('/slots');
    await registry.claimDue('fetcher-a', LEASE, 1);
    await dataSource.query(
      `INSERT INTO host_slots (host, slot, holder, held_until) VALUES ('slots.example', 1, 'fetcher-a', now() + interval '1 second')`,
    );
    await registry.renewLeases('fetcher-a', [id], LEASE);
    const [slot] = await dataSource.query(`SELECT EXTRACT(EPOCH FROM held_until - now()) AS left FROM host_slots WHERE host = 'slots.example'`);
    expect(Number(slot.left)).toBeGreaterThan(50);
  });
});
