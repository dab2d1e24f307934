import { silentLog } from '@cw/kafka';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetcherFeeds } from './fetcher-feeds';

const KEY = 'fetcher-admin-key-0123456789';
const feed = (id: number) => ({
  id,
  url: `https://example.org/${id}.rss`,
  title: null,
  state: 'ok',
  lastFetchAt: '2026-01-01T00:00:00.000Z',
  lastSuccessAt: '2026-01-01T00:00:00.000Z',
  lastError: null,
  consecutiveFailures: 0,
  articlesPublished: 3,
});

// The fetcher's GET /feeds as README "Feeds" describes it: pages of `limit`, `next` is the last id.
const fakeFetcher = (answer: (url: URL, key: string | undefined) => { status: number; body?: unknown } | 'hang'): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      const result = answer(new URL(request.url ?? '/', 'http://x'), request.headers['x-api-key'] as string | undefined);
      if (result === 'hang') return;
      response.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify(result.body ?? {}));
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

describe('FetcherFeeds', () => {
  const servers: Server[] = [];
  afterEach(() =>
    Promise.all(
      servers.splice(0).map(
        (server) =>
          new Promise((resolve) => {
            server.closeAllConnections(); // the hanging request would hold close() open
            server.close(resolve);
          }),
      ),
    ),
  );

  it('reads every page of the feed list with the key', async () => {
    const server = await fakeFetcher((url, key) => {
      if (key !== KEY) return { status: 401 };
      return url.searchParams.get('after')
        ? { status: 200, body: { feeds: [feed(2)], next: null } }
        : { status: 200, body: { feeds: [feed(1)], next: 1 } };
    });
    servers.push(server);
    const report = await new FetcherFeeds(urlOf(server), KEY, silentLog).status();
    expect(report).toEqual({ fetcher: 'ok', feeds: [feed(1), feed(2)] });
  });

  it('says the key was refused on a 401, and that the admin API is off on a 503', async () => {
    const refusing = await fakeFetcher(() => ({ status: 401 }));
    const disabled = await fakeFetcher(() => ({ status: 503, body: { message: 'admin API disabled: set ADMIN_API_KEY' } }));
    servers.push(refusing, disabled);
    expect(await new FetcherFeeds(urlOf(refusing), 'wrong-key-wrong-key', silentLog).status()).toMatchObject({ fetcher: 'refused', feeds: [] });
    expect(await new FetcherFeeds(urlOf(disabled), KEY, silentLog).status()).toMatchObject({ fetcher: 'disabled' });
  });

  it('reports "fetcher unreachable" when nothing listens or nothing answers in time, rather than failing', async () => {
    const closed = await fakeFetcher(() => ({ status: 200 }));
    const address = urlOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    expect(await new FetcherFeeds(address, KEY, silentLog).status()).toMatchObject({
      fetcher: 'unreachable',
      message: expect.stringMatching(/fetcher unreachable/),
    });

    const hanging = await fakeFetcher(() => 'hang');
    servers.push(hanging);
    expect(await new FetcherFeeds(urlOf(hanging), KEY, silentLog, 200).status()).toMatchObject({ fetcher: 'unreachable' });
  });

  it('does not call the fetcher without a key', async () => {
    expect(await new FetcherFeeds('http://127.0.0.1:9', '', silentLog).status()).toMatchObject({ fetcher: 'not-configured' });
  });
});
