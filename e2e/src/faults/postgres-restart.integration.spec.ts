import { createTestPipeline, requireKafka, type TestPipeline, waitFor } from '@cw/testing';
import { buildConflictStream, cleanKilledTotals, figureCount, publishConflictStream, servedKilledTotals } from '@cw/testing';
import { ownPostgres, type OwnPostgres } from './own-postgres.testing';
import { ADMIN_KEY, appliedFigures } from './pipeline.testing';

// Issue 6: "Postgres restarting pauses and retries with backoff; nothing is skipped, nothing applied
// twice". Our own cluster, so the one every other test uses never goes down.
describe('the aggregator when Postgres restarts in the middle of a stream', () => {
  let postgres: OwnPostgres;
  let pipeline: TestPipeline;
  let port: number;
  const stream = buildConflictStream();

  beforeAll(async () => {
    const kafka = await requireKafka();
    postgres = await ownPostgres();
    pipeline = await createTestPipeline({
      name: 'pg-restart',
      partitions: 3,
      databaseUrl: postgres.url('cw_fault_test'),
      env: { APPLY_BATCH_SIZE: '5', ADMIN_API_KEY: ADMIN_KEY, LOG_LEVEL: 'warn' },
    });
    port = pipeline.port('aggregator');
    await publishConflictStream(kafka, pipeline.topics.conflictEvents, stream);
  });

  afterAll(async () => {
    await pipeline?.close('SIGKILL');
    await postgres?.close();
  });

  it('retries the batch in hand and ends with the totals of a clean run', async () => {
    await pipeline.start('aggregator');
    const total = figureCount(stream);
    const before = await waitFor(async () => ((await appliedFigures(port)) ?? 0) > 0 && appliedFigures(port), {
      intervalMs: 20,
      timeoutMs: 60_000,
      what: () => `the first batch applied\n${pipeline.logs()}`,
    });
    expect(before).toBeLessThan(total);
    await postgres.restart();

    await waitFor(async () => (await appliedFigures(port)) === total, {
      timeoutMs: 100_000,
      what: () => `every figure applied\n${pipeline.logs()}`,
    });
    expect(await servedKilledTotals(port)).toEqual(cleanKilledTotals(stream));
  });
});
