import { redactUrl } from '@cw/articles';
import type { Feed } from './feed-registry';

/** A feed as the admin API shows it: the status an operator needs, the URL without its credentials. */
export interface FeedView {
  id: number;
  url: string;
  title: string | null;
  paused: boolean;
  /** "ok", "failing" (its last poll failed), "paused" or "new" (not polled yet). */
  state: 'ok' | 'failing' | 'paused' | 'new';
  addedAt: string;
  lastFetchAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  articlesPublished: number;
  nextPollAt: string | null;
  /** The fetcher polling it at this moment (several share the feeds), or null. */
  polledBy: string | null;
}

export function feedView(feed: Feed): FeedView {
  return {
    id: feed.id,
    url: redactUrl(feed.url),
    title: feed.title,
    paused: feed.paused,
    state: feed.paused ? 'paused' : feed.lastError ? 'failing' : feed.lastFetchAt ? 'ok' : 'new',
    addedAt: feed.addedAt.toISOString(),
    lastFetchAt: feed.lastFetchAt?.toISOString() ?? null,
    lastSuccessAt: feed.lastSuccessAt?.toISOString() ?? null,
    lastError: feed.lastError,
    lastErrorCode: feed.lastErrorCode,
    consecutiveFailures: feed.consecutiveFailures,
    itemsSeen: feed.itemsSeen,
    articlesPublished: feed.articlesPublished,
    // A paused feed is not polled, whatever was planned before the pause.
    nextPollAt: feed.paused ? null : (feed.nextPollAt?.toISOString() ?? null),
    polledBy: feed.polledBy,
  };
}
