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

  /**
   * After a rebalance, partitions of `topic` no longer ours are not ours to report. Only that topic's: the
   * aggregator's two consumers share one tracker, and the dead-letter tally's rebalance must not hide a
   * partition of conflict events that is not moving.
   */
  assigned(topic: string, partitions: number[]): void {
    for (const [key, pending] of this.pending) {
      if (pending.topic === topic && !partitions.includes(pending.partition)) this.pending.delete(key);
    }
  }

  /** The consumer of `topic` stopped: nothing of it is in hand any more. */
  cleared(topic: string): void {
    for (const [key, pending] of this.pending) if (pending.topic === topic) this.pending.delete(key);
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
