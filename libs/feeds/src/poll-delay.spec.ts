import { nextPollDelay } from './poll-delay';

describe('nextPollDelay', () => {
  const base = {
    intervalMs: 300_000,
    maxBackoffMs: 3_600_000,
    retryAfterMs: null,
    lateByMs: 0,
    random: 0.5,
  };

  it('waits the interval after a success on time, within +-10% jitter', () => {
    expect(nextPollDelay({ ...base, consecutiveFailures: 0 })).toBe(300_000);
    expect(nextPollDelay({ ...base, consecutiveFailures: 0, random: 0 })).toBe(270_000);
    expect(nextPollDelay({ ...base, consecutiveFailures: 0, random: 0.999999 })).toBeCloseTo(330_000, -1);
    expect(nextPollDelay({ ...base, consecutiveFailures: 0, lateByMs: 30_000, random: 0 })).toBe(270_000);
  });

  it('spreads a new or overdue feed over a whole interval: from half of it to one and a half', () => {
    const waits = [0, 0.25, 0.5, 0.75, 0.999999].map((random) => nextPollDelay({ ...base, consecutiveFailures: 0, lateByMs: null, random }));
    expect(waits).toEqual([150_000, 225_000, 300_000, 375_000, 450_000]);
    // Later than the jitter could explain: off its place, so spread again.
    expect(nextPollDelay({ ...base, consecutiveFailures: 0, lateByMs: 30_001, random: 0 })).toBe(150_000);
  });

  it('doubles the wait for each failure in a row, up to the longest backoff', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((consecutiveFailures) => nextPollDelay({ ...base, consecutiveFailures }));
    expect(waits).toEqual([300_000, 600_000, 1_200_000, 2_400_000, 3_600_000, 3_600_000]);
    expect(nextPollDelay({ ...base, consecutiveFailures: 1, lateByMs: null })).toBe(300_000);
  });

  it('never polls sooner than Retry-After asked (a 429 with Retry-After: 7200)', () => {
    expect(
      nextPollDelay({
        ...base,
        consecutiveFailures: 1,
        retryAfterMs: 7_200_000,
      }),
    ).toBe(7_200_000);
    expect(nextPollDelay({ ...base, consecutiveFailures: 1, retryAfterMs: 1_000 })).toBe(300_000);
  });

  it('caps a Retry-After of a month at a day (setTimeout cannot wait longer than 24.8 days)', () => {
    expect(
      nextPollDelay({
        ...base,
        consecutiveFailures: 1,
        retryAfterMs: 30 * 86_400_000,
      }),
    ).toBe(86_400_000);
  });
});
