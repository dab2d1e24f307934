import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export const SAMPLE_FEEDS_DIR = join(__dirname, '../../../fixtures/feeds');

export interface SampleFeedServer {
  baseUrl: string;
  feedUrl: string;
  /** How many times each path was requested. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Serves fixtures/feeds over HTTP on 127.0.0.1: the feed at /feeds/<name>.rss (with {{base}} filled
 * in) and the article pages at /articles/<slug>. `npm start` and the end-to-end test read from it.
 */
export const startSampleFeedServer = async (port = 0, dir = SAMPLE_FEEDS_DIR, feed = 'seed.rss'): Promise<SampleFeedServer> => {
  const hits = new Map<string, number>();
  let baseUrl = '';
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const feedMatch = /^\/feeds\/([\w-]+\.(?:rss|atom|xml))$/.exec(path);
    const articleMatch = /^\/articles\/([\w-]+)$/.exec(path);
    try {
      if (feedMatch) {
        const body = (await readFile(normalize(join(dir, feedMatch[1])), 'utf8')).replaceAll('{{base}}', baseUrl);
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
      } else if (articleMatch) {
        const body = await readFile(normalize(join(dir, 'articles', `${articleMatch[1]}.html`)), 'utf8');
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      } else {
        response.writeHead(404).end('not found');
      }
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    feedUrl: `${baseUrl}/feeds/${feed}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
