import type { Admin, Kafka } from 'kafkajs';
import type { Gauge } from 'prom-client';
import { failureReason } from './readiness-check';

export interface PartitionLag {
  partition: number;
  lag: number;
}

/**
 * Lag per partition: the log end offset minus the group's committed offset. A partition the group
 * never committed (-1) counts from the log start, i.e. everything still retained is pending.
 */
export const partitionLags = (
  ends: { partition: number; high: string; low: string }[],
  committed: { partition: number; offset: string }[],
): PartitionLag[] =>
  ends.map(({ partition, high, low }) => {
    const offset = committed.find((c) => c.partition === partition)?.offset ?? '-1';
    const from = BigInt(offset) >= 0n ? BigInt(offset) : BigInt(low);
    const lag = BigInt(high) - from;
    return { partition, lag: Number(lag > 0n ? lag : 0n) };
  });

export interface ConsumerLagOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  gauge: Gauge<'topic' | 'partition'>;
  /** How often lag is read; each poll is one ListOffsets and one OffsetFetch per topic. */
  intervalMs?: number;
  log?: { warn(fields: object, message: string): void };
}

/** Sets cw_consumer_lag from a KafkaJS admin every interval; a failed poll leaves the last values. */
export class ConsumerLagPoller {
  private admin: Admin | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ConsumerLagOptions) {}

  start(): void {
    const run = () => void this.poll();
    run();
    // unref: a lag gauge must never keep a stopping process alive.
    this.timer = setInterval(run, this.options.intervalMs ?? 15_000).unref();
  }

  async poll(): Promise<void> {
    const { kafka, groupId, topics, gauge } = this.options;
    try {
      if (!this.admin) {
        const admin = kafka.admin({ retry: { retries: 1 } });
        await admin.connect();
        this.admin = admin;
      }
      const committed = await this.admin.fetchOffsets({ groupId, topics });
      for (const topic of topics) {
        const ends = await this.admin.fetchTopicOffsets(topic);
        const ofTopic = committed.find((c) => c.topic === topic)?.partitions ?? [];
        for (const { partition, lag } of partitionLags(ends, ofTopic)) gauge.set({ topic, partition: String(partition) }, lag);
      }
    } catch (error) {
      this.options.log?.warn({ groupId, error: failureReason(error) }, 'consumer lag unavailable');
      await this.dropAdmin();
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.dropAdmin();
  }

  private async dropAdmin(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    await admin?.disconnect().catch(() => undefined);
  }
}
