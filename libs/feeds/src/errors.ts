/** FEEDS_FILE is not a list of feeds; the message names every problem and where it is. */
export class FeedSeedsError extends Error {
  readonly code = 'FEEDS_FILE_INVALID';
  readonly retriable = false;
}
