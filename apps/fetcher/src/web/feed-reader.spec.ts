import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeedError } from './feed-error';
import { readFeed } from './feed-reader';
import { GuardedHttpClient } from './guarded-http-client';
import { startLocalTestServer, type LocalTestServer } from './local-test-server';

jest.setTimeout(10_000);

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const serve = (body: string, type: string) => (_q: unknown, response: import('node:http').ServerResponse) =>
  response.writeHead(200, { 'content-type': type }).end(body);

let server: LocalTestServer;
let http: GuardedHttpClient;

beforeAll(async () => {
  server = await startLocalTestServer({
    '/rss': serve(fixture('wire-middle-east.rss'), 'application/rss+xml; charset=utf-8'),
    '/atom': serve(fixture('humanitarian-news.atom'), 'application/atom+xml'),
    '/rdf': serve(fixture('conflict-monitor.rdf'), 'application/rdf+xml'),
    '/truncated': serve(fixture('truncated.rss'), 'application/rss+xml'),
    '/moved': serve(fixture('moved-feed-home-page.html'), 'text/html'),
    '/empty': serve('', 'application/rss+xml'),
  });
  http = new GuardedHttpClient({
    connectTimeoutMs: 300,
    responseTimeoutMs: 2000,
    maxBytes: 1024 * 1024,
    maxRedirects: 3,
    userAgent: 'CasualtyWatch-test/1.0',
    allowPrivateHosts: ['127.0.0.1:*'],
  });
});

afterAll(async () => {
  await http.close();
  await server.close();
});

async function fetchFeed(path: string) {
  const response = await http.get(server.url(path));
  return readFeed(response.body, response.finalUrl);
}

async function feedError(path: string): Promise<FeedError> {
  try {
    await fetchFeed(path);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('readFeed', () => {
  it('reads an RSS 2.0 wire feed: the Idlib seed story with its full text, canonical URL and date', async () => {
    const feed = await fetchFeed('/rss');
    expect(feed).toMatchObject({ title: 'World Wire - Middle East', language: 'en' });
    expect(feed.items.map((item) => item.title)).toEqual([
      'Syria clashes kill 70 combatants as regime nibbles at Idlib',
      'Yemen: Aden separatists seize presidential palace',
      'Iraq: bodies of 12 found in mass grave near Mosul',
    ]);
    const [seed] = feed.items;
    expect(seed).toMatchObject({
      url: 'https://wire.example.org/middle-east/20190810-syria-clashes-kill-70-combatants',
      publishedAt: '2019-08-10T16:41:00.000Z',
      outlet: 'World Wire - Middle East',
      author: 'AFP',
    });
    // shared/seeds/000_5d8a1befe3af6c37.txt, carried whole in content:encoded
    expect(seed.contentHtml).toContain('claimed the lives of 32 pro-government forces as well as 38 jihadists');
  });

  it('reports the item with neither title nor link as skipped, with the reason', async () => {
    const feed = await fetchFeed('/rss');
    expect(feed.skipped).toEqual([{ reason: 'item has no title', title: null, link: null }]);
  });

  it('reads an Atom feed: <id> as the guid, xml:lang as the language, published as the date', async () => {
    const feed = await fetchFeed('/atom');
    expect(feed).toMatchObject({ title: 'Humanitarian News - Middle East', language: 'en', skipped: [] });
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:news.example.int,2019:story/1044081',
      url: 'https://news.example.int/story/2019/08/1044081',
      publishedAt: '2019-08-09T16:20:00.000Z',
    });
    expect(feed.items[1].publishedAt).toBe('2019-08-10T12:45:00.000Z');
  });

  it('reads an RDF (RSS 1.0) feed with dc:date and dc:language', async () => {
    const feed = await fetchFeed('/rdf');
    expect(feed).toMatchObject({ title: 'Conflict Monitor', language: 'en' });
    expect(feed.items.map((item) => [item.url, item.publishedAt])).toEqual([
      ['https://monitor.example.net/2019/08/10/idlib-hama-clashes', '2019-08-10T12:00:00.000Z'],
      ['https://monitor.example.net/2019/08/09/deir-ez-zor-car-bomb', '2019-08-09T18:10:00.000Z'],
    ]);
  });

  it('calls truncated XML malformed, with the parser position, instead of crashing', async () => {
    const error = await feedError('/truncated');
    expect(error).toMatchObject({ code: 'FEED_MALFORMED', retriable: false });
    expect(error.reason).toMatch(/^malformed XML: .*Line: \d+/);
  });

  it('says so when the feed URL now serves an HTML page', async () => {
    expect(await feedError('/moved')).toMatchObject({
      code: 'FEED_IS_HTML',
      reason: 'the body is an HTML page, not a feed',
    });
  });

  it('says so when the body is empty', async () => {
    expect(await feedError('/empty')).toMatchObject({ code: 'FEED_EMPTY', reason: 'empty body' });
  });

  it('names the root element of well-formed XML that is no feed', async () => {
    await expect(readFeed('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', 'https://x.example/feed')).rejects.toMatchObject({
      code: 'FEED_UNRECOGNIZED',
      reason: 'not an RSS, Atom or RDF feed (root element <svg>)',
    });
  });

  it('keeps credentials of the feed URL out of its errors', async () => {
    await expect(readFeed('', 'https://feeds:hunter2@x.example/rss')).rejects.toThrow('empty body (feed https://***@x.example/rss)');
  });
});
