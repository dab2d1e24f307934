export interface PollDelayInput {
  intervalMs: number;
  /** Failures in a row including this one; 0 after a success. */
  consecutiveFailures: number;
  /** From the server's Retry-After (429, 503), if any. */
  retryAfterMs: number | null;
  maxBackoffMs: number;
  /** A number in [0, 1). */
  random: number;
}

// Jitter of +-10%: feeds added together drift apart instead of firing at once forever.
const JITTER = 0.2;
// setTimeout cannot wait longer (2^31 - 1 ms, about 24.8 days); a Retry-After of a month waits a day.
const LONGEST_WAIT_MS = 24 * 3_600_000;

/**
 * How long until a feed's next poll: the interval after a success; after failures, the interval
 * doubled per failure in a row up to maxBackoffMs; never sooner than the server's Retry-After asked.
 */
export function nextPollDelay({ intervalMs, consecutiveFailures, retryAfterMs, maxBackoffMs, random }: PollDelayInput): number {
  const base = consecutiveFailures === 0 ? intervalMs : Math.min(Math.max(maxBackoffMs, intervalMs), intervalMs * 2 ** (consecutiveFailures - 1));
  const jittered = base * (1 - JITTER / 2 + JITTER * random);
  return Math.round(Math.min(LONGEST_WAIT_MS, Math.max(jittered, retryAfterMs ?? 0)));
}

/** The first poll of a feed after start or resume: spread over a tenth of the interval, at most 10 s. */
export function firstPollDelay(intervalMs: number, dueInMs: number, random: number): number {
  return Math.round(Math.max(0, Math.min(dueInMs, LONGEST_WAIT_MS)) + random * Math.min(intervalMs / 10, 10_000));
}
