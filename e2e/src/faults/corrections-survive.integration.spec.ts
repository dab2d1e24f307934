import { type ConflictEventV1, conflictEventKey, type Correction } from '@cw/contracts';
import { articleMetaOf, domainFigureOf } from '@cw/conflict-events';
import { Gazetteer } from '@cw/places';
import {
  buildConflictStream,
  conflictEvent,
  createTestDatabase,
  createTestPipeline,
  figureCount,
  publishConflictStream,
  requireKafka,
  type TestDatabase,
  type TestPipeline,
  waitFor,
} from '@cw/testing';
import { type Correction as LedgerCorrection, regionLookup, TotalsLedger } from '@cw/totals';
import type { Kafka } from 'kafkajs';
import { ADMIN_KEY } from './pipeline.testing';

const REVIEWER_KEY = 'corrections-e2e-reviewer-key-0123';

// A stream with known errors (issue 13): a toll misread as 9,000 for 90 in Mosul, wounded counted as killed in
// Benghazi, one strike in Hodeidah the machine kept as two incidents, a count with no country (a Niamey dateline),
// and a report of a car bomb in Gao that never happened; beside them the usual stream of five countries.
const errors: ConflictEventV1[] = [
  conflictEvent('AFP', '2024-03-03T07:00:00Z', [
    { value: 12, country: 'IQ', places: ['Mosul'], date: '2024-03-03', sentence: 'A car bomb killed 12 people in Mosul on Sunday.' },
  ]),
  conflictEvent('Daily', '2024-03-03T19:00:00Z', [
    { value: 9000, country: 'IQ', places: ['Mosul'], date: '2024-03-03', isUpdate: true, sentence: 'The toll in Mosul rose to 9,000.' },
  ]),
  conflictEvent('AP', '2024-03-04T08:00:00Z', [
    { value: 6, country: 'LY', places: ['Benghazi'], date: '2024-03-04', sentence: 'Clashes in Benghazi killed six fighters.' },
  ]),
  conflictEvent('Reuters', '2024-03-03T12:00:00Z', [
    { value: 14, country: 'YE', places: ['Hodeidah'], date: '2024-03-03', sentence: 'An air strike killed 14 people in Hodeidah on Sunday.' },
  ]),
  conflictEvent('Anadolu', '2024-03-04T12:00:00Z', [
    { value: 16, country: 'YE', places: ['Hodeidah'], date: '2024-03-04', sentence: 'Sixteen people were killed in Hodeidah on Monday.' },
  ]),
  conflictEvent('Wire', '2024-03-05T09:00:00Z', [
    { value: 5, country: null, date: '2024-03-05', sentence: 'Five soldiers were killed in the ambush.' },
  ]),
  conflictEvent('Blog', '2024-03-05T10:00:00Z', [
    { value: 11, country: 'ML', places: ['Gao'], date: '2024-03-05', sentence: 'A car bomb killed 11 people in Gao.' },
  ]),
];
const [mosul, misread, benghazi, hodeidahSunday, hodeidahMonday, niamey, gao] = errors.map((event) => event.figures[0].figureId);
// After the corrections, and after a later report raises the Mosul toll to 95.
const later = conflictEvent('AFP', '2024-03-06T08:00:00Z', [
  {
    value: 95,
    country: 'IQ',
    places: ['Mosul'],
    date: '2024-03-03',
    isUpdate: true,
    sentence: "The toll from Sunday's car bomb in Mosul rose to 95.",
  },
]);
const expectedAtTheEnd = { IQ: { killed: 95 }, LY: { killed: 0, injured: 6 }, YE: { killed: 16 }, NE: { killed: 5 }, ML: { killed: 0 } };

const nonZero = (totals: Record<string, { killed: number; injured: number }>) =>
  Object.fromEntries(Object.entries(totals).filter(([, t]) => t.killed + t.injured > 0));

const stream = buildConflictStream(60);
const firstHalf = [...stream.slice(0, stream.length / 2), ...errors];
const secondHalf = [...stream.slice(stream.length / 2), errors[1], later]; // errors[1] again: a redelivery

describe('corrections through the API across a SIGKILL and a full replay into a fresh database', () => {
  let kafka: Kafka;
  let pipeline: TestPipeline;
  let replayDatabase: TestDatabase;
  const port = (instance = 'aggregator') => pipeline.port(instance);
  const logs = () => pipeline.logs();

  const call = async (method: string, path: string, key: string, body?: unknown, instance = 'aggregator') => {
    const response = await fetch(`http://127.0.0.1:${port(instance)}${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, never> };
  };
  const applied = async (instance = 'aggregator') => {
    const status = await call('GET', '/admin/status', ADMIN_KEY, undefined, instance).catch(() => undefined);
    return status?.status === 200 ? (status.body.appliedFigures as number) : -1;
  };
  const totals = async (instance = 'aggregator') => {
    const { body } = await call('GET', '/totals', ADMIN_KEY, undefined, instance);
    return Object.fromEntries(
      (body.totals as { country: string; killed: number; injured: number }[]).map(({ country, killed, injured }) => [country, { killed, injured }]),
    );
  };
  const correct = async (body: Record<string, unknown>) => {
    const answer = await call('POST', '/corrections', REVIEWER_KEY, body);
    expect(answer).toMatchObject({ status: 201 });
    return answer.body;
  };
  const publish = async (events: ConflictEventV1[]) => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: pipeline.topics.conflictEvents,
      messages: events.map((e) => ({ key: conflictEventKey(e), value: JSON.stringify(e) })),
    });
    await producer.disconnect();
  };

  beforeAll(async () => {
    kafka = await requireKafka();
    pipeline = await createTestPipeline({
      name: 'corrections',
      partitions: 3,
      env: { ADMIN_API_KEY: ADMIN_KEY, REVIEWER_API_KEYS: `amina:${REVIEWER_KEY}`, APPLY_BATCH_SIZE: '5', LOG_LEVEL: 'warn' },
    });
    replayDatabase = await createTestDatabase();
  });

  afterAll(async () => {
    await pipeline?.close('SIGKILL');
    await replayDatabase?.drop();
  });

  it('ends at the corrected totals, keeps them across a SIGKILL, and a replay into a fresh database ends there too', async () => {
    await publishConflictStream(kafka, pipeline.topics.conflictEvents, firstHalf);
    await pipeline.start('aggregator');
    await waitFor(async () => (await applied()) === figureCount(firstHalf), { timeoutMs: 90_000, what: () => `the first half applied\n${logs()}` });

    // What the queue brings, and each correction through the API, by a reviewer.
    const { body: queue } = await call('GET', '/review/items?country=IQ&reason=provisional', REVIEWER_KEY);
    expect(queue.items).toEqual([expect.objectContaining({ figureId: misread, incidentId: mosul })]);
    await correct({ action: 'change', figureId: misread, incidentId: mosul, change: { value: 90 }, why: 'the article gives 90' });
    await correct({ action: 'change', figureId: benghazi, incidentId: benghazi, change: { metric: 'injured' }, why: 'the six were wounded' });
    await correct({ action: 'merge', incidentId: hodeidahMonday, intoIncidentId: hodeidahSunday, why: 'one strike, dated Sunday and Monday' });
    await correct({ action: 'change', figureId: niamey, change: { country: 'NE' }, why: 'the dateline is Niamey' });
    await correct({ action: 'reject', figureId: gao, incidentId: gao, why: 'no such bombing: the blog retracted it' });
    expect(await totals()).toMatchObject({
      IQ: { killed: 90 },
      LY: { killed: 0, injured: 6 },
      YE: { killed: 16 },
      NE: { killed: 5 },
      ML: { killed: 0 },
    });

    // The second half, a redelivery of the misread figure among it, and the aggregator killed while it applies it.
    await publish(secondHalf);
    const before = figureCount(firstHalf);
    await waitFor(async () => (await applied()) > before, { intervalMs: 20, timeoutMs: 60_000, what: () => `the second half started\n${logs()}` });
    expect(await pipeline.restart('aggregator', 'SIGKILL')).toBeNull();
    // The redelivered figure was counted once, before: every other figure of the second half is new.
    const all = figureCount(firstHalf) + figureCount(secondHalf) - 1;
    await waitFor(async () => (await applied()) === all, { timeoutMs: 90_000, what: () => `every figure applied after the kill\n${logs()}` });
    const afterKill = await totals();
    expect(afterKill).toMatchObject(expectedAtTheEnd);

    // The same events and corrections through the pure ledger, in memory: what the totals must be everywhere.
    const { body: exported } = await call('GET', '/corrections', REVIEWER_KEY);
    const corrections = exported.corrections as Correction[];
    expect(corrections).toHaveLength(5);
    const ledger = new TotalsLedger({ regionOf: regionLookup(Gazetteer.shared()) });
    for (const event of [...firstHalf, ...secondHalf]) ledger.apply(articleMetaOf(event), event.figures.map(domainFigureOf));
    for (const correction of corrections) ledger.correct({ incidentId: null, ...correction } as LedgerCorrection, { waitForSubjects: true });
    const model = Object.fromEntries(
      Object.entries(ledger.incidentTotals()).map(([country, t]) => [country, { killed: t.killed, injured: t.injured }]),
    );
    expect(afterKill).toEqual(model);

    // A full replay: a fresh database and consumer group read the topics from the start, the corrections imported.
    await pipeline.start('aggregator', {
      instance: 'replay',
      env: { DATABASE_URL: replayDatabase.url, KAFKA_GROUP_ID: `${pipeline.prefix}replay` },
    });
    await waitFor(async () => (await applied('replay')) >= 0, { timeoutMs: 60_000, what: () => `the replay started\n${logs()}` });
    const imported = await call('POST', '/admin/corrections/import', ADMIN_KEY, { corrections }, 'replay');
    expect(imported.status).toBe(200);
    expect((imported.body.refused as unknown[]).length).toBe(0);
    await waitFor(async () => (await applied('replay')) === all, { timeoutMs: 90_000, what: () => `the replay applied every figure\n${logs()}` });
    // A country whose every count was corrected away has a row of zeros where it was counted first, none where it never was.
    expect(nonZero(await totals('replay'))).toEqual(nonZero(afterKill));
  });
});
