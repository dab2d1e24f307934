import 'reflect-metadata';
import { deploymentTopics, type RawArticleV1 } from '@cw/contracts';
import { createServiceLog } from '@cw/service';
import { createTestDatabase, requireKafka, TEST_BROKERS, type TestDatabase, uniqueName, waitFor } from '@cw/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Consumer } from 'kafkajs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFetcherConfig } from './config';
import type { FeedView } from './feeds/feed-view';
import { FetcherModule } from './fetcher.module';
import { type RealWorldFeeds, SEED_SENTENCE, startRealWorldFeeds, WIRE_ETAG } from './real-world-feeds.testing';
import { readFeed } from './web/feed-reader';

// The fetcher service in-process against real Postgres, real Kafka and a local web of real-world-shaped
// feeds (real-world-feeds.testing.ts): what an operator pointing it at two hundred feeds relies on.

const KEY = 'integration-admin-key-0123456789';
const GOOD = ['/feeds/wire.rss', '/feeds/news.atom', '/feeds/monitor.rdf', '/feeds/copy.rss', '/feeds/live.rss'];
const BROKEN: [string, RegExp][] = [
  ['/bad/truncated.rss', /^malformed XML: /],
  ['/bad/home.rss', /^the body is an HTML page, not a feed$/],
  ['/bad/empty.rss', /^empty body$/],
  ['/bad/huge.rss', /^body larger than 2000000 bytes/],
  ['/bad/loop.rss', /^more than 5 redirects$/],
  ['/bad/metadata.rss', /^address refused: 169\.254\.169\.254:80 is cloud metadata address$/],
  ['/bad/loopback.rss', /^address refused: 127\.0\.0\.2:\d+ is loopback/],
];

describe('the fetcher service on the real web', () => {
  const prefix = `${uniqueName('fetcher-it')}.`;
  const published: RawArticleV1[] = [];
  let database: TestDatabase;
  let web: RealWorldFeeds;
  let consumer: Consumer;
  let app: INestApplication;
  let api = '';
  let env: Record<string, string>;

  const startFetcher = async () => {
    const config = loadFetcherConfig(env);
    app = await NestFactory.create(FetcherModule.forRoot(config, createServiceLog('fetcher', process.env.LOG_LEVEL ?? 'silent')), { logger: false });
    await app.listen(0, '127.0.0.1');
    api = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  };
  const admin = async (method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: `Bearer ${KEY}` }) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const feedsByPath = async () => {
    const { body } = await admin('GET', '/feeds?limit=500');
    return new Map((body.feeds as FeedView[]).map((feed) => [new URL(feed.url).pathname, feed]));
  };
  const copiesOfSeedStory = () => published.filter((article) => article.text.includes(SEED_SENTENCE));

  beforeAll(async () => {
    const kafka = await requireKafka();
    database = await createTestDatabase();
    web = await startRealWorldFeeds();
    const feedsFile = join(tmpdir(), `${uniqueName('feeds')}.yaml`);
    writeFileSync(feedsFile, `feeds:\n${GOOD.map((path) => `  - url: ${web.server.url(path)}\n    title: ${path}\n`).join('')}`);
    env = {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: TEST_BROKERS.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_PARTITIONS: '1',
      FEEDS_FILE: feedsFile,
      FEED_URLS: [...BROKEN.map(([path]) => web.server.url(path)), web.silent.url('/feed.rss')].join(','),
      FEED_POLL_INTERVAL_MS: '1000',
      FEED_MAX_BACKOFF_MS: '4000',
      // Every port: the broken feeds and the silent one listen on ports of their own.
      ALLOW_PRIVATE_HOSTS: '127.0.0.1:*',
      HTTP_TIMEOUT_MS: '1500',
      HTTP_MAX_BYTES: '2000000',
      ADMIN_API_KEY: KEY,
    };
    await startFetcher();
    consumer = kafka.consumer({ groupId: uniqueName('fetcher-it-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic: deploymentTopics(prefix).rawArticles, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void published.push(JSON.parse(message.value?.toString() ?? 'null')) });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await app?.close();
    await web?.close();
    await database?.drop();
  });

  it('publishes each item of the RSS, Atom and RDF feeds once, the wire story with its page text and no site chrome', async () => {
    const items = new Set<string>();
    for (const path of GOOD) {
      const feed = await readFeed(await (await fetch(web.server.url(path))).text(), web.server.url(path));
      for (const item of feed.items) items.add(item.articleId);
    }
    // The copy feed's one item is the wire's Idlib story again: it is not published a second time.
    const expected = items.size - 1;
    await waitFor(() => published.length >= expected, { what: () => `${expected} articles, have ${published.length}` });
    await waitFor(() => web.hits('/feeds/live.rss') >= 3 && web.notModified() >= 2, { what: 'more polls of every feed' });

    expect(published).toHaveLength(expected);
    expect(new Set(published.map((article) => article.articleId)).size).toBe(expected);
    expect(published.every((article) => items.has(article.articleId))).toBe(true);
    const outlets = new Set(published.map((article) => article.outlet));
    expect([...outlets]).toEqual(expect.arrayContaining(['World Wire - Middle East', 'Humanitarian News - Middle East']));
    const [idlib] = copiesOfSeedStory();
    expect(idlib.text).toContain('killed 70 combatants on Saturday');
    for (const chrome of ['Subscribe', 'Advertisement', 'Share on Facebook', 'All rights reserved']) expect(idlib.text).not.toContain(chrome);
  });

  it('answers the second poll of an unchanged feed with a 304 (If-None-Match with the stored ETag)', async () => {
    // The fetcher's requests only: the first test read the feeds itself, unconditionally.
    const wire = web.server.requests.filter(
      (request) => request.url === '/feeds/wire.rss' && request.headers['user-agent']?.startsWith('CasualtyWatch'),
    );
    expect(wire[0].headers['if-none-match']).toBeUndefined();
    expect(wire.slice(1).every((request) => request.headers['if-none-match'] === WIRE_ETAG)).toBe(true);
    expect(web.notModified()).toBe(wire.length - 1);
    expect(wire[0].headers['accept-encoding']).toMatch(/gzip/);
  });

  it('publishes the same wire story carried by two feeds once', async () => {
    const feeds = await waitFor(async () => {
      const byPath = await feedsByPath();
      return (byPath.get('/feeds/copy.rss')?.itemsSeen ?? 0) > 0 && byPath;
    });
    expect(copiesOfSeedStory()).toHaveLength(1);
    const wire = feeds.get('/feeds/wire.rss')!;
    const copy = feeds.get('/feeds/copy.rss')!;
    expect(wire.articlesPublished + copy.articlesPublished).toBe(wire.itemsSeen + copy.itemsSeen - 1);
  });

  it('marks each broken feed failing with the reason in words, while the good feeds keep being published', async () => {
    const feeds = await waitFor(async () => {
      const byPath = await feedsByPath();
      return [...BROKEN.map(([path]) => path), '/feed.rss'].every((path) => byPath.get(path)?.lastError) && byPath;
    });
    for (const [path, reason] of [...BROKEN, ['/feed.rss', /^no full response within 1500 ms$/] as [string, RegExp]]) {
      const feed = feeds.get(path)!;
      expect({ path, state: feed.state, lastError: feed.lastError }).toEqual({ path, state: 'failing', lastError: expect.stringMatching(reason) });
      expect(feed.lastSuccessAt).toBeNull();
      expect(feed.consecutiveFailures).toBeGreaterThan(0);
      expect(new Date(feed.nextPollAt!).getTime()).toBeGreaterThan(new Date(feed.lastFetchAt!).getTime());
    }
    expect((await admin('GET', `/feeds/${feeds.get('/feeds/wire.rss')!.id}`)).body).toMatchObject({ state: 'ok', lastError: null });

    web.addLiveItem('second', 'Airstrike on Khan Sheikhoun market');
    await waitFor(() => published.some((article) => article.title === 'Airstrike on Khan Sheikhoun market'), { what: 'the new live item' });
  });

  it('guards the admin API with the key: a bare 401 without it or with a wrong one', async () => {
    expect(await admin('GET', '/feeds', undefined, {})).toEqual({ status: 401, body: { statusCode: 401, message: 'Unauthorized' } });
    expect((await admin('GET', '/feeds', undefined, { 'x-api-key': 'wrong-key-0123456789' })).status).toBe(401);
    expect((await admin('GET', '/feeds', undefined, { 'x-api-key': KEY })).status).toBe(200);
    expect((await fetch(`${api}/health`)).status).toBe(200);
  });

  it('lists feeds a page at a time and refuses garbage with 400 and duplicates with 409', async () => {
    const first = await admin('GET', '/feeds?limit=2');
    expect(first.body.feeds).toHaveLength(2);
    const second = await admin('GET', `/feeds?limit=2&after=${first.body.next}`);
    expect(second.body.feeds[0].id).toBeGreaterThan(first.body.next);
    expect((await admin('GET', '/feeds?limit=501')).status).toBe(400);
    expect((await admin('GET', '/feeds/seven')).status).toBe(400);
    expect((await admin('GET', '/feeds/999999')).status).toBe(404);

    expect((await admin('POST', '/feeds', '{"url": ')).status).toBe(400);
    expect(await admin('POST', '/feeds', { url: 'file:///etc/passwd' })).toMatchObject({
      status: 400,
      body: { message: [expect.stringMatching(/only http and https/)] },
    });
    expect(await admin('POST', '/feeds', { url: 'http://169.254.169.254/latest/meta-data/' })).toMatchObject({
      status: 400,
      body: { message: expect.stringMatching(/address refused: .* cloud metadata/) },
    });
    const live = (await feedsByPath()).get('/feeds/live.rss')!;
    expect(await admin('POST', '/feeds', { url: `${web.server.url('/feeds/live.rss')}?utm_source=newsletter` })).toMatchObject({
      status: 409,
      body: { id: live.id },
    });
  });

  it('polls a feed added through the API at once, stops it when paused or removed, and never shows its password', async () => {
    const url = web.server.url('/feeds/late.rss').replace('http://', 'http://reader:hunter2@');
    const added = await admin('POST', '/feeds', { url, title: 'Late desk' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ title: 'Late desk', paused: false, state: 'new', url: expect.stringContaining('***@') });
    expect(JSON.stringify(added.body)).not.toContain('hunter2');
    await waitFor(() => published.some((article) => article.title === 'Late report'), { what: 'the late feed published' });
    expect(web.server.requests.find((request) => request.url === '/feeds/late.rss')?.headers.authorization).toBe(
      `Basic ${Buffer.from('reader:hunter2').toString('base64')}`,
    );

    expect(await admin('POST', `/feeds/${added.body.id}/pause`)).toMatchObject({
      status: 200,
      body: { paused: true, state: 'paused', nextPollAt: null },
    });
    const stillPolled = async (path: string) => {
      const before = web.hits(path);
      const live = web.hits('/feeds/live.rss');
      await waitFor(() => web.hits('/feeds/live.rss') >= live + 3, { what: 'three polls of the live feed' });
      return web.hits(path) > before;
    };
    await stillPolled('/feeds/late.rss'); // a poll under way when the pause came may still land
    expect(await stillPolled('/feeds/late.rss')).toBe(false);

    expect(await admin('POST', `/feeds/${added.body.id}/resume`)).toMatchObject({ status: 200, body: { paused: false } });
    expect(await stillPolled('/feeds/late.rss')).toBe(true);

    expect((await admin('DELETE', `/feeds/${added.body.id}`)).status).toBe(204);
    expect((await admin('GET', `/feeds/${added.body.id}`)).status).toBe(404);
    await stillPolled('/feeds/late.rss');
    expect(await stillPolled('/feeds/late.rss')).toBe(false);
  });

  it('republishes nothing after a restart, whose first poll of the wire is already a 304', async () => {
    const count = published.length;
    const requestsBefore = web.server.requests.length;
    const notModified = web.notModified();
    await app.close();
    await startFetcher();
    await waitFor(() => web.notModified() >= notModified + 2 && web.hits('/feeds/live.rss') >= 2, { what: 'polls after the restart' });
    const firstWire = web.server.requests.slice(requestsBefore).find((request) => request.url === '/feeds/wire.rss');
    expect(firstWire?.headers['if-none-match']).toBe(WIRE_ETAG);
    const live = web.hits('/feeds/live.rss');
    await waitFor(() => web.hits('/feeds/live.rss') >= live + 2, { what: 'two more polls of the live feed' });
    expect(published).toHaveLength(count);
  });
});
