import { deploymentTopics } from '@cw/contracts';
import { freePort, requireKafka, runServiceProcess, type ServiceProcess, TEST_BROKERS, uniqueName, waitFor } from '@cw/testing';
import { buildConflictStream, cleanKilledTotals, conflictMessages, figureCount, servedKilledTotals } from '@cw/testing';
import { ownPostgres, type OwnPostgres } from './own-postgres.testing';
import { ADMIN_KEY, appliedFigures, logsOf } from './pipeline.testing';

// Issue 6: "Postgres restarting pauses and retries with backoff; nothing is skipped, nothing applied
// twice". Our own cluster, so the one every other test uses never goes down.
describe('the aggregator when Postgres restarts in the middle of a stream', () => {
  let postgres: OwnPostgres;
  let aggregator: ServiceProcess | undefined;
  let port: number;
  const stream = buildConflictStream();
  const prefix = `${uniqueName('pg-restart')}.`;

  beforeAll(async () => {
    const kafka = await requireKafka();
    postgres = await ownPostgres();
    port = await freePort();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: deploymentTopics(prefix).conflictEvents, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: deploymentTopics(prefix).conflictEvents, messages: conflictMessages(stream) });
    await producer.disconnect();
  });

  afterAll(async () => {
    await aggregator?.stop('SIGKILL');
    await postgres?.close();
  });

  it('retries the batch in hand and ends with the totals of a clean run', async () => {
    aggregator = runServiceProcess('aggregator', {
      KAFKA_BROKERS: TEST_BROKERS.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_PARTITIONS: '3',
      // Its own group: the default group id is shared by every deployment on the broker.
      KAFKA_GROUP_ID: `${prefix}aggregator`,
      APPLY_BATCH_SIZE: '5',
      DATABASE_URL: postgres.url('cw_fault_test'),
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
    expect(before).toBeLessThan(total);
    await postgres.restart();

    await waitFor(async () => (await appliedFigures(port)) === total, {
      timeoutMs: 100_000,
      what: () => `every figure applied\n${logsOf([aggregator])}`,
    });
    expect(await servedKilledTotals(port)).toEqual(cleanKilledTotals(stream));
  });
});
