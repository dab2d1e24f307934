import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// For specs and the fetcher bench only: many small feeds on several local servers (each port is a host
// to the fetcher's politeness), answering after a latency like a real outlet's, and counting from the
// server's side what a fetcher cannot hide: when each feed was requested, and how many requests were
// open at once per feed and per host.

export interface FeedFarmOptions {
  feeds: number;
  /** Servers (ports) the feeds are spread over, round robin. */
  hosts: number;
  /** Each answer waits a random time in [min, max) ms. */
  latencyMs: [number, number];
  /** A feed gains an item every this many of its requests (its ETag changes); the others are 304s. */
  newItemEvery?: number;
}

export interface FeedFarm {
  urls: string[];
  /** Start times (ms since the epoch) of the requests of each feed, by its URL. */
  requestTimes: Map<string, number[]>;
  /** Most requests open at once for any one feed, and for any one host, since start or the last reset. */
  maxOpenPerFeed(): number;
  maxOpenPerHost(): number;
  /** Requests started so far. */
  requests(): number;
  resetPeaks(): void;
  close(): Promise<void>;
}

export async function startFeedFarm({ feeds, hosts, latencyMs, newItemEvery = 5 }: FeedFarmOptions): Promise<FeedFarm> {
  const requestTimes = new Map<string, number[]>();
  const openPerFeed = new Map<string, number>();
  const openPerHost = new Map<number, number>();
  let peakFeed = 0;
  let peakHost = 0;
  let total = 0;
  const servers: Server[] = [];
  const ports: number[] = [];

  const rss = (base: string, feed: number, items: number) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk ${feed}</title><link>${base}/</link>${Array.from(
      { length: items },
      (_, i) =>
        `<item><title>Desk ${feed} report ${i}</title><link>${base}/desk-${feed}/report-${i}</link>` +
        `<description>Desk ${feed} files report ${i}: shelling hit district ${(feed * 31 + i) % 97} overnight, officials said.</description>` +
        `<pubDate>${new Date(Date.UTC(2026, 0, 1, 0, i)).toUTCString()}</pubDate></item>`,
    )
      .reverse()
      .join('')}</channel></rss>`;

  for (let h = 0; h < hosts; h++) {
    const server = createServer((request, response) => {
      const port = (server.address() as AddressInfo).port;
      const base = `http://127.0.0.1:${port}`;
      const url = `${base}${request.url}`;
      const match = /^\/feeds\/(\d+)\.rss$/.exec(request.url ?? '');
      if (!match) return void response.writeHead(404).end('not found');
      const feed = Number(match[1]);
      total++;
      const times = requestTimes.get(url) ?? [];
      times.push(Date.now());
      requestTimes.set(url, times);
      const open = (openPerFeed.get(url) ?? 0) + 1;
      openPerFeed.set(url, open);
      peakFeed = Math.max(peakFeed, open);
      const hostOpen = (openPerHost.get(port) ?? 0) + 1;
      openPerHost.set(port, hostOpen);
      peakHost = Math.max(peakHost, hostOpen);
      let closed = false;
      const done = () => {
        if (closed) return;
        closed = true;
        openPerFeed.set(url, (openPerFeed.get(url) ?? 1) - 1);
        openPerHost.set(port, (openPerHost.get(port) ?? 1) - 1);
      };
      // A fetcher killed mid-request closes the socket: the request is no longer open.
      response.on('close', done);
      const items = 1 + Math.floor((times.length - 1) / newItemEvery);
      const etag = `"desk-${feed}-v${items}"`;
      const wait = latencyMs[0] + Math.random() * (latencyMs[1] - latencyMs[0]);
      setTimeout(() => {
        if (response.destroyed) return done();
        if (request.headers['if-none-match'] === etag) response.writeHead(304, { etag }).end();
        else response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(rss(base, feed, items));
      }, wait);
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    ports.push((server.address() as AddressInfo).port);
  }

  return {
    urls: Array.from({ length: feeds }, (_, feed) => `http://127.0.0.1:${ports[feed % hosts]}/feeds/${feed}.rss`),
    requestTimes,
    maxOpenPerFeed: () => peakFeed,
    maxOpenPerHost: () => peakHost,
    requests: () => total,
    resetPeaks: () => {
      peakFeed = Math.max(0, ...openPerFeed.values());
      peakHost = Math.max(0, ...openPerHost.values());
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
