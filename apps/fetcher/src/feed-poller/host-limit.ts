import { hostKey } from '@cw/feeds';

/**
 * At most `perHost` requests at once to one host (host:port), across feed polls and article page
 * fetches: two hundred feeds of one outlet must not open two hundred connections to it, and a slow host
 * only ever holds its own slots, never another host's.
 */
export class HostLimit {
  private readonly hosts = new Map<string, { active: number; waiting: (() => void)[] }>();

  constructor(private readonly perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1) throw new RangeError(`perHost must be a positive integer, not ${perHost}`);
  }

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostKey(url);
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  /** Requests running now to a host: for specs and status. */
  active(url: string): number {
    return this.hosts.get(hostKey(url))?.active ?? 0;
  }

  private async acquire(host: string): Promise<void> {
    const slot = this.hosts.get(host) ?? { active: 0, waiting: [] };
    this.hosts.set(host, slot);
    if (slot.active < this.perHost) {
      slot.active++;
      return;
    }
    // The releasing task hands its slot straight to the next waiter, so `active` never dips in between.
    await new Promise<void>((resolve) => slot.waiting.push(resolve));
  }

  private release(host: string): void {
    const slot = this.hosts.get(host);
    if (!slot) return;
    const next = slot.waiting.shift();
    if (next) return next();
    slot.active--;
    if (slot.active === 0) this.hosts.delete(host);
  }
}
