import { FeedStatus } from '@cw/contracts';
import type { StructuredLog } from '@cw/kafka';
import { z } from 'zod';

// The fetcher's FeedView, read as the contract the aggregator serves it on (the fields the operations view shows);
// the rest pass through.
const FeedPage = z.object({
  feeds: z.array(FeedStatus.loose()),
  next: z.number().nullable(),
});

export type FeedStatusReport =
  | { fetcher: 'ok'; feeds: FeedStatus[] }
  | { fetcher: 'unreachable' | 'refused' | 'disabled' | 'not-configured' | 'error'; message: string; feeds: [] };

const PAGE = 100;
const MOST_PAGES = 10;

/**
 * Reads feed status from the fetcher's admin API (GET /feeds, README "Feeds"). The dashboard must still
 * load when the fetcher is down, so every failure becomes a report in words, never an exception.
 */
export class FetcherFeeds {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly log: StructuredLog,
    private readonly timeoutMs = 3000,
  ) {}

  async status(): Promise<FeedStatusReport> {
    if (!this.apiKey) return failed('not-configured', 'FETCHER_ADMIN_API_KEY is not set: the aggregator does not read feed status');
    const feeds: FeedStatus[] = [];
    let after: number | null = null;
    for (let page = 0; page < MOST_PAGES; page++) {
      const url = new URL('feeds', this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`);
      url.searchParams.set('limit', String(PAGE));
      if (after !== null) url.searchParams.set('after', String(after));
      let response: Response;
      try {
        response = await fetch(url, { headers: { 'x-api-key': this.apiKey }, signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (error) {
        this.log.warn({ fetcherUrl: url.origin, error: (error as Error).message }, 'fetcher unreachable');
        return failed('unreachable', `fetcher unreachable at ${url.origin}`);
      }
      if (response.status === 401) return failed('refused', 'the fetcher refused FETCHER_ADMIN_API_KEY (401)');
      if (response.status === 503) return failed('disabled', 'the fetcher admin API is disabled: set its ADMIN_API_KEY');
      const body = response.ok ? FeedPage.safeParse(await response.json().catch(() => null)) : null;
      if (!body?.success) {
        this.log.warn({ fetcherUrl: url.origin, status: response.status }, 'fetcher feed status unreadable');
        return failed('error', `the fetcher answered ${response.status} with no feed list`);
      }
      feeds.push(...body.data.feeds);
      after = body.data.next;
      if (after === null) break;
    }
    return { fetcher: 'ok', feeds };
  }
}

const failed = (fetcher: Exclude<FeedStatusReport['fetcher'], 'ok'>, message: string): FeedStatusReport => ({ fetcher, message, feeds: [] });
