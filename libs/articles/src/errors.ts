import { redactUrl } from './redact-url';

// Errors carry a stable `code` for logs and dead letters, and `retriable` so the caller knows whether a
// second attempt can help (STYLE.md section 8). Nothing here is retriable: the input itself is wrong.

export type ArticlesErrorCode = 'URL_INVALID' | 'URL_SCHEME_UNSUPPORTED';

export abstract class ArticlesError extends Error {
  abstract readonly code: ArticlesErrorCode;
  readonly retriable: boolean = false;
}

/** The text is not an absolute URL with a host. */
export class InvalidUrlError extends ArticlesError {
  readonly code = 'URL_INVALID';
  /** Credentials redacted: the error may be logged whole. */
  readonly url: string;
  constructor(url: string) {
    const redacted = redactUrl(url).slice(0, 300);
    super(`not an absolute http(s) URL: ${JSON.stringify(redacted)}`);
    this.name = 'InvalidUrlError';
    this.url = redacted;
  }
}

/** Only http and https name an article: file:, ftp:, javascript:, data: never do. */
export class UnsupportedSchemeError extends ArticlesError {
  readonly code = 'URL_SCHEME_UNSUPPORTED';
  readonly url: string;
  constructor(
    url: string,
    readonly scheme: string,
  ) {
    super(`unsupported URL scheme "${scheme}" (only http and https)`);
    this.name = 'UnsupportedSchemeError';
    this.url = redactUrl(url).slice(0, 300);
  }
}
