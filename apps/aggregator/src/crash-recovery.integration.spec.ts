import { type ConflictEventV1, conflictEventKey, deploymentTopics } from '@cw/contracts';
import {
  createTestDatabase,
  freePort,
  requireKafka,
  runServiceProcess,
  type ServiceProcess,
  type TestDatabase,
  TEST_BROKERS,
  uniqueName,
  waitFor,
} from '@cw/testing';
import { TotalsLedger } from '@cw/totals';
import { conflictEvent } from './conflict-events.testing';
import { articleMetaOf, domainFigureOf } from './totals/wire-figure';

// A deterministic stream: many incidents in five countries, each reported by one to four outlets with
// tolls that rise and fall, and a running tally now and then.
const buildStream = (): ConflictEventV1[] => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const countries = [
    ['SY', 'Idlib'],
    ['UA', 'Kharkiv'],
    ['SD', 'El Fasher'],
    ['NG', 'Maiduguri'],
    ['SO', 'Mogadishu'],
  ] as const;
  const events: ConflictEventV1[] = [];
  for (let incident = 0; incident < 120; incident++) {
    const [country, town] = countries[incident % countries.length];
    const day = `2024-0${1 + (incident % 9)}-${String(1 + ((incident * 7) % 27)).padStart(2, '0')}`;
    const place = `${town} district ${incident}`;
    let value = 3 + Math.floor(random() * 40);
    const reports = 1 + Math.floor(random() * 4);
    for (let report = 0; report < reports; report++) {
      if (report > 0) value = Math.max(1, value + Math.floor(random() * 20) - 6);
      const hour = String(6 + report * 4).padStart(2, '0');
      const figures = [
        { value, country, places: [place], date: day, isUpdate: report > 0, sentence: `An attack in ${place} killed ${value} people.` },
      ];
      if (random() < 0.2) {
        figures.push({
          kind: 'cumulative',
          value: 1000 + incident,
          country,
          places: [],
          date: null as never,
          isUpdate: false,
          sentence: `More than ${1000 + incident} people have been killed since 2011.`,
          ...{ since: '2011', source: 'a monitor' },
        } as never);
      }
      events.push(conflictEvent(`Outlet ${report}`, `${day}T${hour}:${String(incident % 60).padStart(2, '0')}:00Z`, figures));
    }
  }
  // Each country's reports in publication order, as one partition delivers them.
  return events.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
};

describe('an aggregator killed with SIGKILL in the middle of a stream', () => {
  let database: TestDatabase;
  let aggregator: ServiceProcess | undefined;
  let port: number;
  const stream = buildStream();
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
    const producer = kafka.producer();
    await producer.connect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: deploymentTopics(prefix).conflictEvents, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    await producer.send({
      topic: deploymentTopics(prefix).conflictEvents,
      messages: stream.map((event) => ({ key: conflictEventKey(event), value: JSON.stringify(event) })),
    });
    await producer.disconnect();
  });

  afterAll(async () => {
    await aggregator?.stop('SIGTERM');
    await database?.drop();
  });

  it('ends with totals identical to a clean run of the same events', async () => {
    const figureCount = stream.reduce((n, event) => n + event.figures.length, 0);
    start();
    const applied = await waitFor(
      async () => {
        const { appliedFigures } = await status();
        return appliedFigures > 0 ? appliedFigures : undefined;
      },
      { intervalMs: 20, what: () => `the first batch applied\n${aggregator?.output()}` },
    );
    await aggregator?.stop('SIGKILL');
    expect(applied).toBeLessThan(figureCount);

    start();
    await waitFor(async () => (await status()).appliedFigures === figureCount, {
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
