import { redactUrl } from '@cw/articles';

export type FetchErrorCode = 'URL_REFUSED' | 'ADDRESS_REFUSED' | 'TOO_MANY_REDIRECTS' | 'TIMEOUT' | 'TOO_LARGE' | 'HTTP_STATUS' | 'NETWORK';

export interface FetchErrorDetails {
  /** The URL being fetched when it failed (credentials are redacted here). */
  url: string;
  status?: number;
  retryAfterMs?: number | null;
  cause?: unknown;
}

/**
 * Why a fetch failed, with a stable `code` for logs and `retriable` for the poller: timeouts, network
 * failures, 5xx, 408 and 429 may succeed later; a refused address or an oversized body will not.
 */
export class FetchError extends Error {
  readonly url: string;
  readonly status: number | null;
  /** From Retry-After on 429 and 503; null when the server gave none. */
  readonly retryAfterMs: number | null;
  readonly retriable: boolean;

  constructor(
    readonly code: FetchErrorCode,
    message: string,
    details: FetchErrorDetails,
  ) {
    // URLs may carry user:password@; the message and every field are safe to log.
    super(redactUrl(message), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.url = redactUrl(details.url);
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.retriable = isRetriable(code, this.status);
  }
}

function isRetriable(code: FetchErrorCode, status: number | null): boolean {
  if (code === 'TIMEOUT' || code === 'NETWORK') return true;
  if (code !== 'HTTP_STATUS' || status === null) return false;
  return status >= 500 || status === 429 || status === 408;
}
