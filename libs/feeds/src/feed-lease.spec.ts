import { leaseTimings } from './feed-lease';

describe('leaseTimings', () => {
  it('looks for due feeds every twentieth of the interval, between 50 ms and a second', () => {
    expect(leaseTimings(300_000, 30_000).claimEveryMs).toBe(1000);
    expect(leaseTimings(10_000, 30_000).claimEveryMs).toBe(500);
    expect(leaseTimings(1_000, 30_000).claimEveryMs).toBe(50);
  });

  it('renews a lease three times over its length', () => {
    expect(leaseTimings(300_000, 30_000).renewEveryMs).toBe(10_000);
    expect(leaseTimings(300_000, 1_000).renewEveryMs).toBe(333);
  });
});
