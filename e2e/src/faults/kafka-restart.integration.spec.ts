import { deploymentTopics } from '@cw/contracts';
import { createTestDatabase, freePort, runServiceProcess, type ServiceProcess, type TestDatabase, uniqueName, waitFor } from '@cw/testing';
import { Kafka, logLevel } from 'kafkajs';
import { buildConflictStream, cleanKilledTotals, conflictMessages, figureCount, servedKilledTotals } from '@cw/testing';
import { ownBroker, type OwnBroker } from './own-broker.testing';
import { ADMIN_KEY, appliedFigures, logsOf } from './pipeline.testing';

// Issue 6: "the broker restarting pauses and retries with backoff; nothing is skipped, nothing applied
// twice". Our own broker, so the one every other test uses never goes down.
describe('the aggregator when Kafka restarts in the middle of a stream', () => {
  let broker: OwnBroker;
  let database: TestDatabase;
  let aggregator: ServiceProcess | undefined;
  let port: number;
  const stream = buildConflictStream();
  const topics = deploymentTopics(`${uniqueName('kafka-restart')}.`);

  beforeAll(async () => {
    broker = await ownBroker();
    await broker.start();
    database = await createTestDatabase();
    port = await freePort();
    const kafka = new Kafka({ brokers: [broker.brokers], clientId: 'cw-fault-test', logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: topics.conflictEvents, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: topics.conflictEvents, messages: conflictMessages(stream) });
    await producer.disconnect();
  });

  afterAll(async () => {
    await aggregator?.stop('SIGKILL');
    await broker?.close();
    await database?.drop();
  });

  it('resumes when the broker is back and ends with the totals of a clean run', async () => {
    aggregator = runServiceProcess('aggregator', {
      KAFKA_BROKERS: broker.brokers,
      KAFKA_TOPIC_PREFIX: topics.conflictEvents.replace(/cw\.conflict-events\.v1$/, ''),
      KAFKA_PARTITIONS: '3',
      // Small batches keep the stream going long enough to be cut in the middle.
      APPLY_BATCH_SIZE: '5',
      DATABASE_URL: database.url,
      HTTP_PORT: String(port),
      ADMIN_API_KEY: ADMIN_KEY,
      LOG_LEVEL: 'warn',
    });
    const total = figureCount(stream);
    const before = await waitFor(async () => ((await appliedFigures(port)) ?? 0) > 0 && appliedFigures(port), {
      intervalMs: 20,
      timeoutMs: 60_000,
      what: () => `the first batch applied\n${logsOf([aggregator])}`,
    });
    await broker.stop();
    expect(before).toBeLessThan(total);
    // The aggregator keeps answering while Kafka is away: a broker outage is not a reason to exit.
    expect(await appliedFigures(port)).toBeLessThan(total);

    await broker.start();
    await waitFor(async () => (await appliedFigures(port)) === total, {
      timeoutMs: 100_000,
      what: () => `every figure applied\n${logsOf([aggregator])}`,
    });
    expect(await servedKilledTotals(port)).toEqual(cleanKilledTotals(stream));
  });
});
