import { createTestPipeline, type TestPipeline, waitFor } from '@cw/testing';
import { Kafka, logLevel } from 'kafkajs';
import { buildConflictStream, cleanKilledTotals, figureCount, publishConflictStream, servedKilledTotals } from '@cw/testing';
import { ownBroker, type OwnBroker } from './own-broker.testing';
import { ADMIN_KEY, appliedFigures } from './pipeline.testing';

// Issue 6: "the broker restarting pauses and retries with backoff; nothing is skipped, nothing applied
// twice". Our own broker, so the one every other test uses never goes down.
describe('the aggregator when Kafka restarts in the middle of a stream', () => {
  let broker: OwnBroker;
  let pipeline: TestPipeline;
  let port: number;
  const stream = buildConflictStream();

  beforeAll(async () => {
    broker = await ownBroker();
    await broker.start();
    pipeline = await createTestPipeline({
      name: 'kafka-restart',
      partitions: 3,
      brokers: broker.brokers,
      // Small batches keep the stream going long enough to be cut in the middle.
      env: { APPLY_BATCH_SIZE: '5', ADMIN_API_KEY: ADMIN_KEY, LOG_LEVEL: 'warn' },
    });
    const { topics } = pipeline;
    port = pipeline.port('aggregator');
    const kafka = new Kafka({ brokers: [broker.brokers], clientId: 'cw-fault-test', logLevel: logLevel.NOTHING });
    await publishConflictStream(kafka, topics.conflictEvents, stream);
  });

  afterAll(async () => {
    await pipeline?.close('SIGKILL');
    await broker?.close();
  });

  it('resumes when the broker is back and ends with the totals of a clean run', async () => {
    await pipeline.start('aggregator');
    const total = figureCount(stream);
    const before = await waitFor(async () => ((await appliedFigures(port)) ?? 0) > 0 && appliedFigures(port), {
      intervalMs: 20,
      timeoutMs: 60_000,
      what: () => `the first batch applied\n${pipeline.logs()}`,
    });
    await broker.stop();
    expect(before).toBeLessThan(total);
    // The aggregator keeps answering while Kafka is away: a broker outage is not a reason to exit.
    expect(await appliedFigures(port)).toBeLessThan(total);

    await broker.start();
    await waitFor(async () => (await appliedFigures(port)) === total, {
      timeoutMs: 100_000,
      what: () => `every figure applied\n${pipeline.logs()}`,
    });
    expect(await servedKilledTotals(port)).toEqual(cleanKilledTotals(stream));
  });
});
