import { deploymentTopics } from '@cw/contracts';
import { conflictEvent, requireKafka, type TestDatabase, uniqueName, waitFor } from '@cw/testing';
import type { INestApplication } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { startTestAggregator } from './aggregator-app.testing';

const ADMIN_KEY = 'test-admin-key-0123456789';
const quetta = { country: 'PK', places: ['Quetta'], date: '2024-05-06' };

// A toll that rises over a day from three outlets, a tally beside it, and a second country.
const stories = [
  conflictEvent('AFP', '2024-05-06T07:00:00Z', [
    { ...quetta, value: 12, sentence: 'A bomb blast at a police training centre in Quetta killed 12 people on Monday.' },
    {
      kind: 'cumulative',
      value: 300,
      qualifier: 'more_than',
      country: 'PK',
      date: null,
      since: '2024-01',
      source: 'officials',
      sentence: 'More than 300 people have been killed in attacks in Balochistan since January, officials said.',
    },
  ]),
  conflictEvent('Reuters', '2024-05-06T12:00:00Z', [
    { ...quetta, value: 20, isUpdate: true, sentence: 'The death toll from the Quetta blast rose to 20, a hospital official said.' },
  ]),
  conflictEvent('AP', '2024-05-06T19:00:00Z', [
    { ...quetta, value: 35, qualifier: 'at_least', sentence: "At least 35 people were killed in Monday's bombing in Quetta, officials said." },
  ]),
  conflictEvent('AFP', '2024-05-07T08:00:00Z', [
    {
      value: 4,
      victims: 'civilians',
      country: 'UA',
      places: ['Kharkiv'],
      date: '2024-05-07',
      sentence: 'A missile strike on Kharkiv killed four civilians.',
    },
  ]),
];

describe('the aggregator API over events from a real broker', () => {
  let app: INestApplication;
  let database: TestDatabase;
  let producer: Producer;
  let base: string;
  let afterFirstReport: string;
  const topics = deploymentTopics(`${uniqueName('agg')}.`);

  const get = async (path: string, key?: string) => {
    const response = await fetch(`${base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { [k: string]: never } };
  };
  const killedIn = async (country: string) => ((await get(`/totals/${country}`)).body as unknown as { killed: number }).killed;

  beforeAll(async () => {
    const kafka = await requireKafka();
    ({ app, database, base } = await startTestAggregator(topics, {
      ADMIN_API_KEY: ADMIN_KEY,
    }));
    producer = kafka.producer();
    await producer.connect();
    const send = (event: (typeof stories)[number]) =>
      producer.send({ topic: topics.conflictEvents, messages: [{ key: 'PK', value: JSON.stringify(event) }] });
    await send(stories[0]);
    await waitFor(async () => (await killedIn('PK')) === 12, { what: 'the first Quetta report' });
    afterFirstReport = new Date().toISOString();
    for (const event of stories.slice(1)) await send(event);
    await send(stories[1]); // a redelivery: changes nothing
    await waitFor(async () => (await killedIn('PK')) === 35 && (await killedIn('UA')) === 4, { what: 'every report applied' });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await app?.close();
    await database?.drop();
  });

  it('counts a toll that rose from 12 to 20 to 35 as 35, not 67', async () => {
    expect((await get('/totals')).body.totals).toEqual([
      expect.objectContaining({ country: 'PK', killed: 35 }),
      expect.objectContaining({ country: 'UA', killed: 4 }),
    ]);
  });

  it('answers what the totals were at an earlier time', async () => {
    expect((await get(`/totals/PK?at=${encodeURIComponent(afterFirstReport)}`)).body).toMatchObject({ killed: 12 });
  });

  it('answers "Pakistan, killed, 1 to 31 May" and nothing for June', async () => {
    expect((await get('/totals/PK?from=2024-05-01&to=2024-05-31')).body).toMatchObject({ killed: 35 });
    expect((await get('/totals/PK?from=2024-06-01&to=2024-06-30')).body).toMatchObject({ killed: 0 });
  });

  it('serves the daily series with a running total', async () => {
    expect((await get('/totals/history?country=PK&metric=killed')).body.series).toEqual([{ day: '2024-05-06', value: 35, runningTotal: 35 }]);
  });

  it('keeps every change with the sentence that caused it', async () => {
    const { changes } = (await get('/totals/changes?country=PK&metric=killed')).body as unknown as { changes: { delta: number; sentence: string }[] };
    expect(changes.map((c) => c.delta)).toEqual([12, 8, 15]);
    expect(changes[2].sentence).toMatch(/At least 35 people/);
  });

  it('lists the incident with every report and which one is the current estimate', async () => {
    const { incidents } = (await get('/incidents?country=PK')).body as unknown as {
      incidents: { value: number; reports: { outlet: string; isCurrentEstimate: boolean }[] }[];
    };
    expect(incidents).toHaveLength(1);
    expect(incidents[0].value).toBe(35);
    expect(incidents[0].reports.map((r) => [r.outlet, r.isCurrentEstimate])).toEqual([
      ['AFP', false],
      ['Reuters', false],
      ['AP', true],
    ]);
  });

  it('shows the reported tally beside the totals, never in them', async () => {
    expect((await get('/tallies?country=PK')).body.tallies).toEqual([expect.objectContaining({ value: 300, since: '2024-01' })]);
  });

  it('refuses the admin routes without the key, with no detail', async () => {
    const refused = await get('/admin/status');
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).not.toMatch(/key|token|ADMIN/i);
    expect((await get('/admin/status', 'wrong-key-wrong-key')).status).toBe(401);
    const status = await waitFor(
      async () => {
        const answer = await get('/admin/status', ADMIN_KEY);
        return answer.body.unpublishedUpdates === 0 ? answer : undefined;
      },
      { what: 'the outbox drained' },
    );
    expect(status).toMatchObject({ status: 200, body: { incidents: 2, tallies: 1, unpublishedUpdates: 0 } });
  });

  it.each([
    ['/totals/history?country=SY&metric=deaths', /metric/],
    ['/totals/changes?limit=100000', /limit/],
    ['/totals/SYR', /ISO-3166/],
    ['/totals?from=2024-02-30', /from/],
    ['/totals?from=2024-05-31&to=2024-05-01', /from must not be after to/],
    ['/incidents?page=2', /page/],
  ])('answers %s with 400 and what was wrong', async (path, why) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(JSON.stringify(body.message)).toMatch(why);
  });

  it('publishes its OpenAPI document', async () => {
    const { status, body } = await get('/docs/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths as object)).toEqual(expect.arrayContaining(['/totals', '/totals/history', '/incidents', '/tallies']));
  });
});
