import type { Kafka } from 'kafkajs';
import { type ReadinessCheck, withinTimeout } from './readiness-check';

/**
 * Ready while a broker answers DescribeCluster. A fresh admin per probe with no retries: KafkaJS's
 * default retry schedule would hold the probe for tens of seconds instead of reporting "down".
 */
export const kafkaReady = (kafka: Kafka, { timeoutMs = 3_000, name = 'kafka' } = {}): ReadinessCheck => ({
  name,
  check: async () => {
    const admin = kafka.admin({ retry: { retries: 0 } });
    try {
      await withinTimeout(
        admin.connect().then(() => admin.describeCluster()),
        timeoutMs,
        'Kafka',
      );
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  },
});
