import { deploymentTopics } from '@cw/contracts';
import { TotalsLedger } from '@cw/totals';
import { articleMetaOf, domainFigureOf } from '@cw/conflict-events';
import {
  buildConflictStream,
  createTestDatabase,
  figureCount,
  freePort,
  publishConflictStream,
  requireKafka,
  runServiceProcess,
  type ServiceProcess,
  type TestDatabase,
  TEST_BROKERS,
  uniqueName,
  waitFor,
} from '@cw/testing';

describe('an aggregator killed with SIGKILL in the middle of a stream', () => {
  let database: TestDatabase;
  let aggregator: ServiceProcess | undefined;
  let port: number;
  const stream = buildConflictStream();
  const prefix = `${uniqueName('crash')}.`;

  const status = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/admin/status`, { headers: { 'x-api-key': 'crash-test-admin-key-0123' } });
    return (await response.json()) as { appliedFigures: number };
  };
  const start = () => {
    aggregator = runServiceProcess('aggregator', {
      KAFKA_BROKERS: TEST_BROKERS.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_PARTITIONS: '3',
      APPLY_BATCH_SIZE: '10',
      KAFKA_GROUP_ID: `${prefix}aggregator`,
      DATABASE_URL: database.url,
      HTTP_PORT: String(port),
      ADMIN_API_KEY: 'crash-test-admin-key-0123',
      LOG_LEVEL: 'warn',
    });
  };

  beforeAll(async () => {
    const kafka = await requireKafka();
    database = await createTestDatabase();
    port = await freePort();
    await publishConflictStream(kafka, deploymentTopics(prefix).conflictEvents, stream);
  });

  afterAll(async () => {
    await aggregator?.stop('SIGTERM');
    await database?.drop();
  });

  it('ends with totals identical to a clean run of the same events', async () => {
    const figures = figureCount(stream);
    start();
    const applied = await waitFor(
      async () => {
        const { appliedFigures } = await status();
        return appliedFigures > 0 ? appliedFigures : undefined;
      },
      { intervalMs: 20, what: () => `the first batch applied\n${aggregator?.output()}` },
    );
    await aggregator?.stop('SIGKILL');
    expect(applied).toBeLessThan(figures);

    start();
    await waitFor(async () => (await status()).appliedFigures === figures, {
      timeoutMs: 90_000,
      what: () => `every figure applied\n${aggregator?.output()}`,
    });

    const clean = new TotalsLedger();
    for (const event of stream) clean.apply(articleMetaOf(event), event.figures.map(domainFigureOf));
    const totals = (await (await fetch(`http://127.0.0.1:${port}/totals`)).json()) as { totals: { country: string; killed: number }[] };
    expect(Object.fromEntries(totals.totals.map((t) => [t.country, t.killed]))).toEqual(
      Object.fromEntries(Object.entries(clean.incidentTotals()).map(([country, t]) => [country, t.killed])),
    );
    const history = (await (await fetch(`http://127.0.0.1:${port}/totals/changes?limit=1000`)).json()) as { changes: unknown[] };
    expect(history.changes).toHaveLength(clean.history().length);
  });
});
