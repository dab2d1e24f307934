import { firstPollDelay, nextPollDelay } from './poll-delay';

describe('nextPollDelay', () => {
  const base = {
    intervalMs: 300_000,
    maxBackoffMs: 3_600_000,
    retryAfterMs: null,
    random: 0.5,
  };

  it('waits the interval after a success, within +-10% jitter', () => {
    expect(nextPollDelay({ ...base, consecutiveFailures: 0 })).toBe(300_000);
    expect(nextPollDelay({ ...base, consecutiveFailures: 0, random: 0 })).toBe(270_000);
    expect(nextPollDelay({ ...base, consecutiveFailures: 0, random: 0.999999 })).toBeCloseTo(330_000, -1);
  });

  it('doubles the wait for each failure in a row, up to the longest backoff', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((consecutiveFailures) => nextPollDelay({ ...base, consecutiveFailures }));
    expect(waits).toEqual([300_000, 600_000, 1_200_000, 2_400_000, 3_600_000, 3_600_000]);
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

describe('firstPollDelay', () => {
  it('spreads the first polls after start over a tenth of the interval, at most 10 s', () => {
    expect(firstPollDelay(1_000, 0, 0.5)).toBe(50);
    expect(firstPollDelay(300_000, 0, 0.5)).toBe(5_000);
  });

  it('keeps a stored next poll time: a backed-off feed stays backed off across a restart', () => {
    expect(firstPollDelay(300_000, 1_200_000, 0)).toBe(1_200_000);
    expect(firstPollDelay(300_000, -60_000, 0)).toBe(0);
  });
});
