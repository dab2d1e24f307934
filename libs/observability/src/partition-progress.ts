import type { ReadinessCheck } from './readiness-check';

export interface PartitionAge {
  topic: string;
  partition: number;
  /** How long the oldest message this consumer holds unprocessed has waited since it was handed over. */
  ageSeconds: number;
}

/**
 * Which partitions have work in hand and since when. A batch that keeps failing on a retriable error
 * (the database down) holds its partition: the lag metric cannot show that while nothing new arrives,
 * and /health would say 200. This makes "not moving" visible, per partition, in the metric
 * `cw_oldest_unprocessed_message_age_seconds` and in /health/ready once it passes a bound.
 */
export class PartitionProgress {
  private readonly pending = new Map<string, { topic: string; partition: number; since: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** A batch of this partition was handed to the handler (again, after a retry: the first time counts). */
  started(topic: string, partition: number): void {
    const key = `${topic}\u0001${partition}`;
    if (!this.pending.has(key)) this.pending.set(key, { topic, partition, since: this.now() });
  }

  /** The batch was applied and committed: the partition moved. */
  moved(topic: string, partition: number): void {
    this.pending.delete(`${topic}\u0001${partition}`);
  }

  /** After a rebalance, partitions no longer ours are not ours to report. */
  assigned(assignment: Record<string, number[]>): void {
    for (const [key, { topic, partition }] of this.pending) {
      if (!assignment[topic]?.includes(partition)) this.pending.delete(key);
    }
  }

  /** The consumer stopped: nothing is in hand any more. */
  cleared(): void {
    this.pending.clear();
  }

  ages(): PartitionAge[] {
    const now = this.now();
    return [...this.pending.values()].map(({ topic, partition, since }) => ({ topic, partition, ageSeconds: (now - since) / 1000 }));
  }

  /** Not ready while a partition has held the same work for longer than `stallAfterMs`. */
  readiness(stallAfterMs: number): ReadinessCheck {
    return {
      name: 'consumers',
      check: async () => {
        const stalled = this.ages().filter((age) => age.ageSeconds * 1000 > stallAfterMs);
        if (stalled.length === 0) return;
        const list = stalled.map((s) => `${s.topic}[${s.partition}] for ${Math.round(s.ageSeconds)} s`).join(', ');
        throw new Error(`partition not moving: ${list}`);
      },
    };
  }
}
