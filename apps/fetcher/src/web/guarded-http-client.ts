import { AddressPolicy, decodeBody, portOf, retryAfterMs } from '@cw/feeds';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { FetchError } from './fetch-error';
import { guardedLookup } from './guarded-lookup';
import { readCappedBody, BodyTooLarge } from './response-body';

export interface GuardedHttpClientOptions {
  connectTimeoutMs: number;
  /** For the whole exchange: every redirect hop, headers and the full body. */
  responseTimeoutMs: number;
  /** Cap on the bytes received and, separately, on the decoded (decompressed) bytes. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** host:port pairs ("localhost:8790", "127.0.0.1:*", "10.0.0.0/8:443") exempt from the address policy. */
  allowPrivateHosts?: readonly string[];
}

export interface ConditionalGet {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export interface HttpResponse {
  status: number;
  /** The URL after redirects, without credentials. */
  finalUrl: string;
  headers: Record<string, string>;
  /** Decoded text; empty on 304. */
  body: string;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
  retryAfterMs: number | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/**
 * GET over undici with the guards a fetcher of user-listed URLs needs: only http(s), only public
 * addresses (checked for IP literals here and for names in the connect lookup, on every hop), redirects
 * followed by hand so each hop is checked and counted, a deadline for the whole exchange, and a byte cap
 * that also holds after decompression. Any non-2xx, non-304 answer is a FetchError HTTP_STATUS.
 */
export class GuardedHttpClient {
  private readonly policy: AddressPolicy;
  private readonly agent: Agent;

  constructor(private readonly options: GuardedHttpClientOptions) {
    this.policy = new AddressPolicy(options.allowPrivateHosts);
    // One connector per port: the lookup that judges the resolved addresses must know the port too.
    const connectors = new Map<number, buildConnector.connector>();
    const connectorFor = (port: number) => {
      let connector = connectors.get(port);
      if (!connector) {
        connector = buildConnector({ timeout: options.connectTimeoutMs, lookup: guardedLookup(this.policy, port) });
        connectors.set(port, connector);
      }
      return connector;
    };
    this.agent = new Agent({
      connect: (opts, callback) => connectorFor(Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80))(opts, callback),
      headersTimeout: options.responseTimeoutMs,
      bodyTimeout: options.responseTimeoutMs,
    });
  }

  async get(url: string, conditions: ConditionalGet = {}): Promise<HttpResponse> {
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new FetchError('TIMEOUT', `no full response within ${this.options.responseTimeoutMs} ms`, { url })),
      this.options.responseTimeoutMs,
    );
    let current = url;
    try {
      const first = this.checkedUrl(url);
      let target = first;
      current = target.href;
      for (let redirects = 0; ; redirects++) {
        const response = await this.agent.request({
          origin: target.origin,
          path: `${target.pathname}${target.search}`,
          method: 'GET',
          headers: this.requestHeaders(target, first, conditions),
          signal: deadline.signal,
        });
        const location = header(response.headers, 'location');
        if (REDIRECTS.has(response.statusCode) && location) {
          await discard(response.body);
          if (redirects >= this.options.maxRedirects) {
            throw new FetchError('TOO_MANY_REDIRECTS', `more than ${this.options.maxRedirects} redirects`, { url: current });
          }
          target = this.checkedUrl(new URL(location, target).href);
          current = target.href;
          continue;
        }
        return await this.answer(response, target);
      }
    } catch (error) {
      throw asFetchError(deadline.signal.aborted ? deadline.signal.reason : error, current);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private checkedUrl(text: string): URL {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new FetchError('URL_REFUSED', `not an absolute URL: ${text.slice(0, 200)}`, { url: text });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError('URL_REFUSED', `scheme ${url.protocol} refused (only http and https)`, { url: text });
    }
    // The connect lookup never sees IP literals: judge them here, before any socket exists.
    const refusal = this.policy.refusalOfHost(url.hostname, portOf(url));
    if (refusal) throw new FetchError('ADDRESS_REFUSED', `address refused: ${refusal}`, { url: text });
    return url;
  }

  private requestHeaders(target: URL, first: URL, conditions: ConditionalGet): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: conditions.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (conditions.etag) headers['if-none-match'] = conditions.etag;
    if (conditions.lastModified) headers['if-modified-since'] = conditions.lastModified;
    // Credentials in a feed URL go to that origin only, never to where it redirects.
    if (first.username && target.origin === first.origin) {
      const user = decodeURIComponent(first.username);
      const password = decodeURIComponent(first.password);
      headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    return headers;
  }

  private async answer(response: Dispatcher.ResponseData, target: URL): Promise<HttpResponse> {
    const status = response.statusCode;
    const headers = flatHeaders(response.headers);
    const retryAfter = retryAfterMs(headers['retry-after'] ?? null, Date.now());
    const url = withoutCredentials(target);
    const base = { status, finalUrl: url, headers, etag: headers.etag ?? null, lastModified: headers['last-modified'] ?? null };
    if (status === 304) {
      await discard(response.body);
      return { ...base, body: '', notModified: true, retryAfterMs: retryAfter };
    }
    if (status < 200 || status >= 300) {
      await discard(response.body);
      throw new FetchError('HTTP_STATUS', `HTTP ${status} from ${url}`, { url, status, retryAfterMs: retryAfter });
    }
    if (Number(headers['content-length']) > this.options.maxBytes) {
      await discard(response.body);
      throw tooLarge(url, this.options.maxBytes, 'announced');
    }
    const bytes = await readCappedBody(response.body, headers['content-encoding'] ?? null, this.options.maxBytes);
    return { ...base, body: decodeBody(bytes, headers['content-type'] ?? null), notModified: false, retryAfterMs: retryAfter };
  }
}

function asFetchError(error: unknown, url: string): FetchError {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    // The connect lookup only knows the host name: name the URL of the hop that failed.
    if (cause instanceof FetchError) {
      return new FetchError(cause.code, cause.message, {
        url,
        status: cause.status ?? undefined,
        retryAfterMs: cause.retryAfterMs,
        cause: cause.cause,
      });
    }
    if (cause instanceof BodyTooLarge) return tooLarge(url, cause.limit, cause.stage);
  }
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (/TIMEOUT/.test(code) || /ETIMEDOUT/.test(code)) {
    return new FetchError('TIMEOUT', `timed out: ${message}`, { url, cause: error });
  }
  return new FetchError('NETWORK', `network error: ${code || message}`, { url, cause: error });
}

function tooLarge(url: string, limit: number, stage: string): FetchError {
  return new FetchError('TOO_LARGE', `body larger than ${limit} bytes (${stage})`, { url });
}

// A short redirect or error body is read off so the connection can be reused; past 64 KiB, undici
// destroys the socket instead, so a hostile server cannot make us read forever.
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function flatHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function withoutCredentials(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}
