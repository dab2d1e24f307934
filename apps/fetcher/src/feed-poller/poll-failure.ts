import { redactUrl } from '@cw/articles';
import { FeedError } from '../web/feed-error';
import { FetchError } from '../web/fetch-error';

export interface PollFailureReport {
  code: string;
  /** In words, for GET /feeds/:id: "the body is an HTML page, not a feed". Never holds credentials. */
  reason: string;
  retryAfterMs: number | null;
}

/** What an operator should read about a failed poll. */
export function describePollFailure(error: unknown): PollFailureReport {
  if (error instanceof FeedError) return { code: error.code, reason: error.reason, retryAfterMs: null };
  if (error instanceof FetchError)
    return {
      code: error.code,
      reason: error.message,
      retryAfterMs: error.retryAfterMs,
    };
  // Anything else is ours (Postgres, Kafka): still said in words, with any URL in it redacted.
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL',
    reason: redactUrl(`internal error: ${message}`).slice(0, 500),
    retryAfterMs: null,
  };
}
