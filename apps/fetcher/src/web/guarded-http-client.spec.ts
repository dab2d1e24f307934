import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { FetchError } from './fetch-error';
import { GuardedHttpClient, type GuardedHttpClientOptions } from './guarded-http-client';
import { startLocalTestServer, type LocalTestServer } from './local-test-server';

jest.setTimeout(10_000);

const MiB = 1024 * 1024;
const options: GuardedHttpClientOptions = {
  connectTimeoutMs: 300,
  // Generous for the machine; the timeout specs set 300 ms themselves.
  responseTimeoutMs: 3000,
  maxBytes: 1 * MiB,
  maxRedirects: 3,
  userAgent: 'CasualtyWatch-test/1.0',
  allowPrivateHosts: ['127.0.0.1:*'],
};
const TIMEOUT_UNDER_TEST_MS = 300;
// 30 MB of spaces compress to ~30 KB; built once, outside any timed request.
const gzipBomb = gzipSync(Buffer.alloc(30 * MiB, ' '));
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

let server: LocalTestServer;
let streamed: Promise<{ bytesSent: number }>;
const clients: GuardedHttpClient[] = [];
const clientWith = (overrides: Partial<GuardedHttpClientOptions> = {}) => {
  const client = new GuardedHttpClient({ ...options, ...overrides });
  clients.push(client);
  return client;
};

beforeAll(async () => {
  let reportStream: (result: { bytesSent: number }) => void = () => undefined;
  streamed = new Promise((resolve) => (reportStream = resolve));
  server = await startLocalTestServer({
    '/feed': (request, response) => {
      const etag = '"v1"';
      const lastModified = 'Sat, 10 Aug 2019 17:05:00 GMT';
      if (request.headers['if-none-match'] === etag || request.headers['if-modified-since'] === lastModified) {
        return response.writeHead(304, { etag }).end();
      }
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': lastModified }).end(FEED);
    },
    '/gzip': (_q, response) => response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(FEED)),
    '/br': (_q, response) => response.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(FEED)),
    '/latin1': (_q, response) => response.writeHead(200, { 'content-type': 'text/xml; charset=windows-1252' }).end(Buffer.from([0x41, 0x92, 0x73])),
    '/fifty-megabytes': (_q, response) => {
      // Streams 50 MB in 64 KiB chunks, honouring backpressure, and reports how much the socket took.
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let bytesSent = 0;
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const pump = () => {
        while (bytesSent < 50 * MiB && !response.destroyed) {
          bytesSent += chunk.length;
          if (!response.write(chunk)) return response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => reportStream({ bytesSent }));
      pump();
    },
    '/announced-fifty-megabytes': (_q, response) => response.writeHead(200, { 'content-length': String(50 * MiB) }).write('<rss>'),
    '/gzip-bomb': (_q, response) => response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipBomb),
    '/never-answers': () => undefined,
    '/stalls-mid-body': (_q, response) => response.writeHead(200).write('<rss version="2.0">'),
    '/loop': (_q, response) => response.writeHead(302, { location: '/loop' }).end(),
    '/to-metadata': (_q, response) =>
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' }).end(),
    '/to-loopback-literal': (_q, response) => response.writeHead(301, { location: `http://127.0.0.1:${server.port}/feed` }).end(),
    '/to-feed': (_q, response) => response.writeHead(307, { location: '/feed' }).end(),
    '/rate-limited': (_q, response) => response.writeHead(429, { 'retry-after': '120' }).end('slow down'),
    '/unavailable': (_q, response) => response.writeHead(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }).end(),
    '/private': (request, response) => response.writeHead(request.headers.authorization ? 500 : 401).end(),
  });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('GuardedHttpClient conditional polling', () => {
  it('sends ETag and Last-Modified back and reports a 304 as not modified, with no body', async () => {
    const client = clientWith();
    const first = await client.get(server.url('/feed'));
    expect(first).toMatchObject({ status: 200, notModified: false, body: FEED, etag: '"v1"' });

    const byEtag = await client.get(server.url('/feed'), { etag: first.etag });
    expect(byEtag).toMatchObject({ status: 304, notModified: true, body: '' });
    const byDate = await client.get(server.url('/feed'), { lastModified: first.lastModified });
    expect(byDate).toMatchObject({ status: 304, notModified: true });
    expect(server.requests.at(-2)?.headers['if-none-match']).toBe('"v1"');
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Sat, 10 Aug 2019 17:05:00 GMT');
  });

  it('decodes gzip and brotli bodies and honours the charset the server declares', async () => {
    const client = clientWith();
    expect((await client.get(server.url('/gzip'))).body).toBe(FEED);
    expect((await client.get(server.url('/br'))).body).toBe(FEED);
    expect((await client.get(server.url('/latin1'))).body).toBe('A’s');
  });

  it('follows a redirect and reports the final URL', async () => {
    const response = await clientWith().get(server.url('/to-feed'));
    expect(response).toMatchObject({ status: 200, finalUrl: server.url('/feed') });
  });
});

describe('GuardedHttpClient limits', () => {
  it('refuses a 50 MB body with TOO_LARGE and closes the socket long before the end', async () => {
    const error = await failure(clientWith().get(server.url('/fifty-megabytes')));
    expect(error).toMatchObject({ code: 'TOO_LARGE', retriable: false });
    const { bytesSent } = await streamed;
    // The server could only push what the 1 MiB cap plus the socket buffers took before the reset.
    expect(bytesSent).toBeLessThan(16 * MiB);
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const error = await failure(clientWith().get(server.url('/announced-fifty-megabytes')));
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a gzip bomb: 30 KB on the wire, 30 MB decoded, capped on the decoded bytes', async () => {
    const error = await failure(clientWith().get(server.url('/gzip-bomb')));
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
    expect(error.message).toMatch(/decoded/);
  });

  it('gives up on a server that never answers with a retriable TIMEOUT within the configured time', async () => {
    const started = Date.now();
    const client = clientWith({ responseTimeoutMs: TIMEOUT_UNDER_TEST_MS });
    const error = await failure(client.get(server.url('/never-answers')));
    expect(error).toMatchObject({ code: 'TIMEOUT', retriable: true });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_UNDER_TEST_MS + 700);
  });

  it('times out a body that stalls halfway: the deadline covers the whole response', async () => {
    const client = clientWith({ responseTimeoutMs: TIMEOUT_UNDER_TEST_MS });
    const error = await failure(client.get(server.url('/stalls-mid-body')));
    expect(error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('stops a redirect loop with TOO_MANY_REDIRECTS after maxRedirects hops', async () => {
    const before = server.requests.length;
    const error = await failure(clientWith().get(server.url('/loop')));
    expect(error).toMatchObject({ code: 'TOO_MANY_REDIRECTS', retriable: false });
    expect(server.requests.length - before).toBe(options.maxRedirects + 1);
  });
});

describe('GuardedHttpClient address policy', () => {
  // Every connection undici opens, to prove refusals happen before any socket exists.
  const connections: string[] = [];
  const onConnect = (message: unknown) => {
    const { connectParams } = message as { connectParams: { hostname: string } };
    connections.push(connectParams.hostname);
  };
  beforeAll(() => subscribe('undici:client:beforeConnect', onConnect));
  afterAll(() => unsubscribe('undici:client:beforeConnect', onConnect));

  it.each([
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', 'ADDRESS_REFUSED'],
    ['IPv4-mapped loopback in hex', 'http://[::ffff:7f00:1]/', 'ADDRESS_REFUSED'],
    ['IPv4-mapped loopback dotted', 'http://[::ffff:127.0.0.1]:8080/', 'ADDRESS_REFUSED'],
    ['IPv6 loopback', 'http://[::1]/', 'ADDRESS_REFUSED'],
    ['a private address', 'http://10.0.0.1/', 'ADDRESS_REFUSED'],
    ['loopback written as a decimal number', 'http://2130706433/', 'ADDRESS_REFUSED'],
    ['carrier-grade NAT', 'http://100.64.1.1/', 'ADDRESS_REFUSED'],
    ['a local file', 'file:///etc/passwd', 'URL_REFUSED'],
    ['FTP', 'ftp://ftp.example.com/feed.xml', 'URL_REFUSED'],
  ])('refuses %s (%s) before connecting', async (_name, url, code) => {
    const error = await failure(clientWith({ allowPrivateHosts: [] }).get(url));
    expect(error).toMatchObject({ code, retriable: false });
    expect(connections).toEqual([]);
  });

  it('refuses a host name that resolves to loopback, in the connect lookup', async () => {
    const error = await failure(clientWith({ allowPrivateHosts: [] }).get(`http://localhost:${server.port}/feed`));
    expect(error).toMatchObject({ code: 'ADDRESS_REFUSED' });
    expect(error.message).toMatch(/loopback/);
    expect(error.url).toBe(`http://localhost:${server.port}/feed`);
  });

  it('refuses a redirect to the metadata address from an allow-listed server', async () => {
    const client = clientWith({ allowPrivateHosts: ['localhost:*'] });
    const error = await failure(client.get(server.url('/to-metadata', 'localhost')));
    expect(error).toMatchObject({ code: 'ADDRESS_REFUSED' });
    expect(connections).not.toContain('169.254.169.254');
  });

  it('reaches an allow-listed address on its port only: another port of it is refused before connecting', async () => {
    const client = clientWith({ allowPrivateHosts: [`127.0.0.1:${server.port}`] });
    await expect(client.get(server.url('/feed'))).resolves.toMatchObject({ status: 200 });
    const error = await failure(client.get('http://127.0.0.1:5432/'));
    expect(error).toMatchObject({ code: 'ADDRESS_REFUSED' });
    expect(error.message).toMatch(/5432/);
    const mapped = await failure(client.get('http://[::ffff:7f00:1]:5432/'));
    expect(mapped).toMatchObject({ code: 'ADDRESS_REFUSED' });
  });

  it('refuses a redirect to 127.0.0.1 when only the name "localhost" is allow-listed', async () => {
    const before = server.requests.length;
    const client = clientWith({ allowPrivateHosts: ['localhost:*'] });
    const error = await failure(client.get(server.url('/to-loopback-literal', 'localhost')));
    expect(error).toMatchObject({ code: 'ADDRESS_REFUSED' });
    expect(server.requests.length - before).toBe(1);
  });
});

describe('GuardedHttpClient HTTP errors', () => {
  it('surfaces Retry-After of a 429 as retryAfterMs on a retriable HTTP_STATUS error', async () => {
    const error = await failure(clientWith().get(server.url('/rate-limited')));
    expect(error).toMatchObject({ code: 'HTTP_STATUS', status: 429, retriable: true, retryAfterMs: 120_000 });
  });

  it('reads a Retry-After date on a 503 as the time left until then', async () => {
    const error = await failure(clientWith().get(server.url('/unavailable')));
    expect(error).toMatchObject({ code: 'HTTP_STATUS', status: 503, retriable: true });
    expect(error.retryAfterMs).toBeGreaterThan(50_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('sends URL credentials as Basic auth but never repeats them in the error', async () => {
    const url = `http://feeds:hunter2@127.0.0.1:${server.port}/private`;
    const error = await failure(clientWith().get(url));
    expect(error).toMatchObject({ code: 'HTTP_STATUS', status: 500 });
    expect(`${error.message} ${error.url} ${JSON.stringify(error)}`).not.toContain('hunter2');
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from('feeds:hunter2').toString('base64')}`);
  });
});
