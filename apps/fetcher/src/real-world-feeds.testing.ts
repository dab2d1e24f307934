import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startLocalTestServer, type LocalTestServer } from './web/local-test-server';

// For specs only: the web a fetcher meets, on 127.0.0.1. The RSS, Atom and RDF fixtures of web/ are
// served with their links pointing back here, so article pages are fetched from this server too.

const fixture = (name: string) => readFileSync(join(__dirname, 'web/fixtures', name), 'utf8');
// The article page is @cw/feeds' fixture: its spec reads the same page for extractArticleText.
const ARTICLE_PAGE = readFileSync(join(__dirname, '../../../libs/feeds/src/fixtures/article-page.html'), 'utf8');
const SEED_STORY = readFileSync(join(__dirname, '../../../libs/articles/src/fixtures/seed-000-afp-idlib.txt'), 'utf8').trim().split('\n');

export const WIRE_ETAG = '"wire-middle-east-v1"';
/** A sentence only the Idlib seed story has: counts its copies among published articles. */
export const SEED_SENTENCE = 'Several other armed rebel groups also operate in the area.';

export interface RealWorldFeeds {
  server: LocalTestServer;
  /** A server that accepts connections and never answers. */
  silent: LocalTestServer;
  /** 304s answered to a conditional GET of the wire feed. */
  notModified: () => number;
  /** Requests of one path so far. */
  hits: (path: string) => number;
  /** Adds an item to /feeds/live.rss. */
  addLiveItem: (slug: string, title: string) => void;
  close(): Promise<void>;
}

export async function startRealWorldFeeds(): Promise<RealWorldFeeds> {
  let base = '';
  let notModified = 0;
  const live: { slug: string; title: string }[] = [{ slug: 'first', title: 'Shelling of Maarat al-Numan kills five' }];
  const send = (type: string, body: () => string) => (_request: IncomingMessage, response: ServerResponse) =>
    response.writeHead(200, { 'content-type': type }).end(body());
  const rss = (channel: string, items: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${channel}</title>${items}</channel></rss>`;
  const liveFeed = () =>
    rss(
      'Live desk',
      live
        .map(
          (item) =>
            `<item><title>${item.title}</title><link>${base}/live/${item.slug}</link><description>${item.title}, a monitor said on Saturday.</description></item>`,
        )
        .join(''),
    );

  const server = await startLocalTestServer({
    '/feeds/wire.rss': (request, response) => {
      // An unchanged feed costs a 304, the point of storing ETag and Last-Modified.
      if (request.headers['if-none-match'] === WIRE_ETAG) {
        notModified++;
        return response.writeHead(304, { etag: WIRE_ETAG }).end();
      }
      const body = fixture('wire-middle-east.rss').replace(/https:\/\/(www\.)?wire\.example\.org/g, `${base}/wire`);
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: WIRE_ETAG }).end(body);
    },
    '/feeds/news.atom': send('application/atom+xml', () =>
      fixture('humanitarian-news.atom').replace(/https:\/\/news\.example\.int/g, `${base}/news`),
    ),
    '/feeds/monitor.rdf': send('application/rdf+xml', () =>
      fixture('conflict-monitor.rdf').replace(/https:\/\/monitor\.example\.net/g, `${base}/monitor`),
    ),
    // The wire's Idlib story again, as another outlet carries it: its own URL and headline, an agency dateline.
    '/feeds/copy.rss': send('application/rss+xml', () =>
      rss(
        'Regional Daily',
        `<item><title>Dozens killed in Idlib fighting</title><link>${base}/daily/2019/08/10/idlib</link><content:encoded><![CDATA[${SEED_STORY.map(
          (line, i) => `<p>${i === 0 ? line.replace(/^BEIRUT: /, 'BEIRUT (AFP) - ') : line}</p>`,
        ).join('')}]]></content:encoded></item>`,
      ),
    ),
    '/feeds/live.rss': send('application/rss+xml', liveFeed),
    '/feeds/late.rss': send('application/rss+xml', () => rss('Late desk', `<item><title>Late report</title><link>${base}/late/1</link></item>`)),
    // The article page of the wire's Idlib story, in navigation, ads, share bar and footer.
    '/wire/middle-east/20190810-syria-clashes-kill-70-combatants': send('text/html; charset=utf-8', () => ARTICLE_PAGE),
    '/bad/truncated.rss': send('application/rss+xml', () => fixture('truncated.rss')),
    '/bad/home.rss': send('text/html', () => fixture('moved-feed-home-page.html')),
    '/bad/empty.rss': send('application/rss+xml', () => ''),
    '/bad/huge.rss': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      // 50 MB, produced only as fast as it is read, so an aborted read stops it.
      Readable.from(
        (function* () {
          for (let sent = 0; sent < 50 * 1024 * 1024; sent += 65_536) yield Buffer.alloc(65_536, 0x20);
        })(),
      ).pipe(response);
    },
    '/bad/loop.rss': (_request, response) => response.writeHead(302, { location: '/bad/loop.rss' }).end(),
    '/bad/metadata.rss': (_request, response) => response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/bad/loopback.rss': (_request, response) => response.writeHead(302, { location: `http://127.0.0.2:${server.port}/feeds/live.rss` }).end(),
  });
  base = server.url('').replace(/\/$/, '');
  const silent = await startLocalTestServer({ '/feed.rss': () => undefined });

  return {
    server,
    silent,
    notModified: () => notModified,
    hits: (path) => server.requests.filter((request) => new URL(request.url ?? '/', 'http://x').pathname === path).length,
    addLiveItem: (slug, title) => live.push({ slug, title }),
    close: async () => {
      await Promise.all([server.close(), silent.close()]);
    },
  };
}
