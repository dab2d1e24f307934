/** When a fetcher sharing the feeds looks for due ones and renews the leases of the ones it polls. */
export interface LeaseTimings {
  claimEveryMs: number;
  renewEveryMs: number;
}

/**
 * A twentieth of the poll interval between looks keeps each poll within 5% of its time, inside the
 * +-10% jitter; never more often than every 50 ms (a query each time) nor less than every second, so a
 * feed added or resumed through another fetcher's API is picked up at once. Three renewals per lease:
 * a holder survives two lost renewals (a slow query, a long GC pause) before another fetcher may take
 * its feed, and a dead holder's feeds move after one lease.
 */
export function leaseTimings(intervalMs: number, leaseMs: number): LeaseTimings {
  return {
    claimEveryMs: Math.min(1000, Math.max(50, Math.round(intervalMs / 20))),
    renewEveryMs: Math.max(1, Math.round(leaseMs / 3)),
  };
}
