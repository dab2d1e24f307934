export interface PollDelayInput {
  intervalMs: number;
  /** Failures in a row including this one; 0 after a success. */
  consecutiveFailures: number;
  /** From the server's Retry-After (429, 503), if any. */
  retryAfterMs: number | null;
  maxBackoffMs: number;
  /** How late this poll began against its planned time; null for a feed never polled before. */
  lateByMs: number | null;
  /** A number in [0, 1). */
  random: number;
}

// Jitter of +-10%: feeds polled together drift apart instead of firing at once forever.
const JITTER = 0.2;
// setTimeout cannot wait longer (2^31 - 1 ms, about 24.8 days); a Retry-After of a month waits a day.
const LONGEST_WAIT_MS = 24 * 3_600_000;

/**
 * How long until a feed's next poll: the interval after a success; after failures, the interval
 * doubled per failure in a row up to maxBackoffMs; never sooner than the server's Retry-After asked.
 *
 * A success that came off its place in the schedule (a new feed, a backlog, fetchers down for an hour)
 * waits anywhere from half an interval to one and a half: two hundred feeds added or overdue together
 * then spread evenly over one interval from the next round on, instead of being polled all at once
 * every interval with only +-10% to drift them apart.
 */
export function nextPollDelay({ intervalMs, consecutiveFailures, retryAfterMs, maxBackoffMs, lateByMs, random }: PollDelayInput): number {
  const offPlace = lateByMs === null || lateByMs > (intervalMs * JITTER) / 2;
  let wait: number;
  if (consecutiveFailures > 0) {
    const backoff = Math.min(Math.max(maxBackoffMs, intervalMs), intervalMs * 2 ** (consecutiveFailures - 1));
    wait = backoff * (1 - JITTER / 2 + JITTER * random);
  } else {
    wait = offPlace ? intervalMs * (0.5 + random) : intervalMs * (1 - JITTER / 2 + JITTER * random);
  }
  return Math.round(Math.min(LONGEST_WAIT_MS, Math.max(wait, retryAfterMs ?? 0)));
}
