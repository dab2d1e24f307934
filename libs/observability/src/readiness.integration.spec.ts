import { createTestDatabase, requireKafka, uniqueName, waitFor } from '@cw/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ConsumerLagPoller } from './consumer-lag';
import { kafkaReady } from './kafka-ready';
import { postgresReady } from './postgres-ready';
import { createServiceMetrics } from './service-metrics';

describe('readiness checks and consumer lag on the real broker and Postgres', () => {
  let kafka: Kafka;

  beforeAll(async () => {
    kafka = await requireKafka();
  });

  it('kafkaReady passes on a running broker and fails quickly on a closed port', async () => {
    await expect(kafkaReady(kafka).check()).resolves.toBeUndefined();
    // 127.0.0.1:1 refuses connections: the probe reports down instead of hanging in KafkaJS retries.
    const nowhere = new Kafka({ brokers: ['127.0.0.1:1'], clientId: 'cw-test', logLevel: logLevel.NOTHING });
    await expect(kafkaReady(nowhere, { timeoutMs: 2_000 }).check()).rejects.toThrow();
  });

  it('postgresReady passes while Postgres answers and fails once the pool is gone', async () => {
    const database = await createTestDatabase();
    const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    try {
      await expect(postgresReady(dataSource).check()).resolves.toBeUndefined();
      await dataSource.destroy();
      await expect(postgresReady(dataSource).check()).rejects.toThrow();
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    }
  });

  it('ConsumerLagPoller reports what the group has not committed', async () => {
    const topic = uniqueName('cw.test.lag');
    const groupId = uniqueName('lag-group');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '2' }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: Array.from({ length: 5 }, (_, i) => ({ value: `m${i}` })) });
    await producer.disconnect();

    const { consumerLag } = createServiceMetrics(new Registry());
    const poller = new ConsumerLagPoller({ kafka, groupId, topics: [topic], gauge: consumerLag });
    try {
      await poller.poll();
      const lagOf = async () => (await consumerLag.get()).values.find((v) => v.labels.topic === topic)?.value;
      expect(await waitFor(lagOf, { what: 'a lag value' })).toBe(3);
    } finally {
      await poller.stop();
    }
  });
});
