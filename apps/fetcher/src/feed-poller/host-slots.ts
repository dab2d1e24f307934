import { hostKey } from '@cw/feeds';
import type { StructuredLog } from '@cw/kafka';
import type { DataSource } from 'typeorm';
import { HostLimit } from './host-limit';

export interface HostSlotsOptions {
  /** This fetcher, as its feed leases name it. */
  holder: string;
  /** HOST_CONCURRENCY: requests at once to one host, across every fetcher. */
  perHost: number;
  /**
   * FEED_LEASE_MS: a slot lapses this long after it was taken, or after its holder last renewed its
   * leases (FeedRegistry.renewLeases renews the slots with the feeds), so a killed fetcher's slots come
   * free when its feeds do.
   */
  holdMs: number;
  /** Wait between tries while every slot of a host is taken; a random half of it again keeps waiters apart. */
  retryMs?: number;
  log: StructuredLog;
  random?: () => number;
}

/**
 * At most `perHost` requests at once to one host across every fetcher sharing the database. A request
 * first takes one of this process's own slots (HostLimit, so no more than `perHost` of its requests
 * ever wait on the database for one host), then one of the host's rows in `host_slots`, held for that
 * request only and released after it.
 *
 * Why a table of slots: a Postgres advisory lock lives on the connection that took it, so each request
 * under way would keep a pooled connection for its whole length (seconds, against a pool of five); and
 * leasing whole hosts to fetchers would cover feed polls but not article pages, whose hosts are often
 * not the feed's. A slot row costs two short statements per request, and it lapses by itself at
 * `held_until` when its holder dies mid-request, as its feed leases do.
 */
export class HostSlots {
  private readonly local: HostLimit;
  /** Hosts whose slot rows exist; reset when large, as inserting them again costs nothing. */
  private readonly known = new Set<string>();
  private readonly random: () => number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: HostSlotsOptions,
  ) {
    this.local = new HostLimit(options.perHost);
    this.random = options.random ?? Math.random;
  }

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(url, async () => {
      const host = hostKey(url);
      const slot = await this.acquire(host);
      try {
        return await task();
      } finally {
        await this.release(host, slot);
      }
    });
  }

  private async acquire(host: string): Promise<number> {
    const { holder, perHost, holdMs } = this.options;
    if (!this.known.has(host)) {
      await this.dataSource.query(`INSERT INTO host_slots (host, slot) SELECT $1, generate_series(1, $2::int) ON CONFLICT DO NOTHING`, [
        host,
        perHost,
      ]);
      if (this.known.size >= 10_000) this.known.clear();
      this.known.add(host);
    }
    for (;;) {
      const [rows]: [{ slot: number }[], number] = await this.dataSource.query(
        `WITH free AS (
           SELECT slot AS free_slot FROM host_slots
           WHERE host = $1 AND slot <= $2 AND (held_until IS NULL OR held_until <= now())
           ORDER BY slot LIMIT 1
           FOR UPDATE SKIP LOCKED)
         UPDATE host_slots SET holder = $3, held_until = now() + $4::float8 * interval '1 millisecond'
         FROM free WHERE host_slots.host = $1 AND host_slots.slot = free.free_slot
         RETURNING host_slots.slot`,
        [host, perHost, holder, holdMs],
      );
      if (rows.length > 0) return rows[0].slot;
      const retryMs = this.options.retryMs ?? 50;
      await new Promise((resolve) => setTimeout(resolve, retryMs * (1 + this.random() / 2)));
    }
  }

  private async release(host: string, slot: number): Promise<void> {
    try {
      await this.dataSource.query(`UPDATE host_slots SET holder = NULL, held_until = NULL WHERE host = $1 AND slot = $2 AND holder = $3`, [
        host,
        slot,
        this.options.holder,
      ]);
    } catch (error) {
      // Postgres away: the slot lapses by itself at held_until; the request's own outcome stands.
      this.options.log.warn({ host, slot, error: (error as Error).message }, 'host slot not released');
    }
  }
}
