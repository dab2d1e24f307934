import { redactUrl } from '@cw/articles';

export type FeedErrorCode = 'FEED_EMPTY' | 'FEED_IS_HTML' | 'FEED_MALFORMED' | 'FEED_UNRECOGNIZED';

/**
 * The body fetched from a feed URL is not a feed we can read. Not retriable as such: the same body will
 * fail the same way; the poller logs it with the feed URL and tries again at the next scheduled poll.
 */
export class FeedError extends Error {
  readonly retriable = false;
  readonly feedUrl: string;

  constructor(
    readonly code: FeedErrorCode,
    readonly reason: string,
    feedUrl: string,
  ) {
    super(redactUrl(`${reason} (feed ${feedUrl})`));
    this.name = 'FeedError';
    this.feedUrl = redactUrl(feedUrl);
  }
}
