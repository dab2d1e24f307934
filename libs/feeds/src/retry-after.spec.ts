import { retryAfterMs } from './retry-after';

describe('retryAfterMs', () => {
  const now = Date.parse('2019-08-10T17:00:00Z');

  it('reads delay-seconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
  });

  it('reads an HTTP date as the time left until it, never negative', () => {
    expect(retryAfterMs('Sat, 10 Aug 2019 17:01:30 GMT', now)).toBe(90_000);
    expect(retryAfterMs('Sat, 10 Aug 2019 16:00:00 GMT', now)).toBe(0);
  });

  it('gives null when absent or unreadable', () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
