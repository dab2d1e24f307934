import { deploymentTopics, TotalsUpdateV1 } from '@cw/contracts';
import { conflictEvent, requireKafka, type TestDatabase, uniqueName, waitFor } from '@cw/testing';
import type { INestApplication } from '@nestjs/common';
import type { Consumer, Producer } from 'kafkajs';
import { startTestAggregator } from '../aggregator-app.testing';

const ADMIN = 'review-test-admin-key-0123';
const REVIEWER = 'review-test-amina-key-0123';
const READER = 'review-test-reader-key-0123';

const quetta = { country: 'PK', places: ['Quetta'], date: '2024-05-06' };
const stories = [
  conflictEvent('AFP', '2024-05-06T07:00:00Z', [{ ...quetta, value: 12, sentence: 'A bomb blast in Quetta killed 12 people on Monday.' }]),
  conflictEvent('Daily', '2024-05-06T20:00:00Z', [{ ...quetta, value: 9000, isUpdate: true, sentence: 'The toll in Quetta rose to 9,000.' }]),
];
const [blast, misread] = stories.map((event) => event.figures[0].figureId);

// Roles, the review queue, corrections and the audit log over HTTP, on a real broker and Postgres (issue 13).
describe('the review API', () => {
  let app: INestApplication;
  let database: TestDatabase;
  let producer: Producer;
  let updates: Consumer;
  const published: TotalsUpdateV1[] = [];
  let base: string;
  const topics = deploymentTopics(`${uniqueName('review')}.`);

  const call = async (method: string, path: string, key?: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(key ? { 'x-api-key': key } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, never> };
  };
  const correct = (key: string | undefined, body: unknown) => call('POST', '/corrections', key, body);

  beforeAll(async () => {
    const kafka = await requireKafka();
    ({ app, database, base } = await startTestAggregator(topics, {
      ADMIN_API_KEY: ADMIN,
      REVIEWER_API_KEYS: `amina:${REVIEWER}`,
      READER_API_KEY: READER,
      PUBLIC_READS: 'false',
    }));
    producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: topics.conflictEvents, messages: stories.map((event) => ({ key: 'PK', value: JSON.stringify(event) })) });
    updates = kafka.consumer({ groupId: uniqueName('updates') });
    await updates.connect();
    await waitFor(async () => (await call('GET', '/totals/PK', READER)).body.provisional?.['killed'] === 9000, { what: 'the stream applied' });
    await updates.subscribe({ topic: topics.totalsUpdates, fromBeginning: true });
    await updates.run({ eachMessage: async ({ message }) => void published.push(JSON.parse(String(message.value))) });
  });

  afterAll(async () => {
    await updates?.disconnect();
    await producer?.disconnect();
    await app?.close();
    await database?.drop();
  });

  it('answers the confirmed totals and, beside them, what the provisional incident would add', async () => {
    expect((await call('GET', '/totals/PK', READER)).body).toMatchObject({
      country: 'PK',
      killed: 0,
      provisional: { killed: 9000, injured: 0, displaced: 0, kidnapped: 0, missing: 0 },
    });
  });

  it('lets a reader read, and neither review nor correct; an anonymous caller nothing', async () => {
    expect((await call('GET', '/totals/PK')).status).toBe(401);
    expect((await call('GET', '/review/items', READER)).status).toBe(403);
    expect((await correct(READER, { action: 'reject', figureId: misread, incidentId: blast, why: 'wrong' })).status).toBe(403);
    expect((await correct(undefined, { action: 'reject', figureId: misread, incidentId: blast, why: 'wrong' })).status).toBe(401);
  });

  it('lets a reviewer correct but not administer: no outbox, no imports, no feeds', async () => {
    expect((await call('POST', '/admin/outbox/flush', REVIEWER)).status).toBe(403);
    expect((await call('POST', '/admin/corrections/import', REVIEWER, { corrections: [] })).status).toBe(403);
    expect((await call('GET', '/admin/feeds', REVIEWER)).status).toBe(403);
    expect((await call('POST', '/admin/outbox/flush', ADMIN)).status).toBe(201);
  });

  it('lists the queue by country and reason, each item saying why, oldest first, paged', async () => {
    const page = await call('GET', '/review/items?country=pk&reason=provisional', REVIEWER);
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([
      expect.objectContaining({
        reason: 'provisional',
        figureId: misread,
        incidentId: blast,
        why: '9000 killed in one incident is more than any one incident reaches (2000)',
        figure: expect.objectContaining({ value: 9000, sentence: 'The toll in Quetta rose to 9,000.' }),
      }),
    ]);
    const first = await call('GET', '/review/items?limit=1', REVIEWER);
    expect(first.body.next).toBe((first.body.items as { id: number }[])[0].id);
    expect((await call('GET', '/review/items?reason=nonsense', REVIEWER)).status).toBe(400);
    expect((await call('GET', '/review/summary', REVIEWER)).body).toMatchObject({ open: expect.any(Number) });
  });

  it("applies a reviewer's correction as theirs: the totals move, the topic carries who, when and why", async () => {
    // Who made it comes from the key, never from the body.
    expect(
      (await correct(REVIEWER, { action: 'change', figureId: misread, incidentId: blast, change: { value: 90 }, why: 'a typo', by: 'someone' }))
        .status,
    ).toBe(400);
    const applied = await correct(REVIEWER, {
      action: 'change',
      figureId: misread,
      incidentId: blast,
      change: { value: 90 },
      why: 'the article gives 90',
    });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({
      correction: { by: 'amina', action: 'change', why: 'the article gives 90' },
      changes: [{ country: 'PK', before: 0, after: 90, delta: 90 }],
      closedReviewItems: 2,
    });
    expect((await call('GET', '/totals/PK', READER)).body).toMatchObject({ killed: 90, provisional: { killed: 0 } });
    const update = await waitFor(() => published.find((u) => u.correction), { what: 'the correction on the totals topic' });
    expect(TotalsUpdateV1.parse(update)).toMatchObject({
      country: 'PK',
      delta: 90,
      after: 90,
      cause: { figureId: misread, incidentId: blast },
      correction: {
        by: 'amina',
        action: 'change',
        why: 'the article gives 90',
        correctionId: (applied.body.correction as { correctionId: string }).correctionId,
      },
    });
  });

  it('answers 404 for what does not exist and 400 for what cannot be', async () => {
    expect((await correct(REVIEWER, { action: 'reject', figureId: 'f'.repeat(32), why: 'x' })).status).toBe(404);
    expect((await correct(REVIEWER, { action: 'reject', figureId: misread })).status).toBe(400);
    expect((await correct(REVIEWER, { action: 'merge', incidentId: blast, intoIncidentId: blast, why: 'x' })).status).toBe(400);
  });

  it('keeps an audit log of every change that the API cannot edit', async () => {
    const { body } = await call('GET', '/audit', REVIEWER);
    expect((body.entries as { action: string; actor: string }[]).map((e) => [e.action, e.actor])).toEqual([
      ['correction.change', 'amina'],
      ['outbox.flush', 'admin'],
    ]);
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect((await call(method, '/audit', ADMIN)).status).toBe(404);
  });

  it('exports the corrections for an import into a fresh database', async () => {
    const { body } = await call('GET', '/corrections', REVIEWER);
    expect(body.corrections).toEqual([expect.objectContaining({ action: 'change', figureId: misread, by: 'amina' })]);
    const again = await call('POST', '/admin/corrections/import', ADMIN, { corrections: body.corrections });
    expect(again.body).toEqual({ applied: 0, waiting: 0, duplicates: 1, refused: [] });
  });

  it('documents the review routes and their answers in the OpenAPI document', async () => {
    const { body } = await call('GET', '/docs/openapi.json');
    const paths = body.paths as Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/review/items', '/review/summary', '/corrections', '/admin/corrections/import', '/audit']),
    );
    expect(paths['/review/items'].get.responses['200'].content).toBeDefined();
    expect(paths['/corrections'].post.responses['201'].content).toBeDefined();
  });
});
