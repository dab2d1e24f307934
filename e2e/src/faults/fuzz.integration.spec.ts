import { type ConflictEventV1, conflictEventKey, DeadLetterV1, type RawArticleV1 } from '@cw/contracts';
import { readReport } from '@cw/extraction';
import { createTestPipeline, requireKafka, type TestPipeline, uniqueName, waitFor } from '@cw/testing';
import type { Kafka } from 'kafkajs';
import { buildConflictStream } from '@cw/testing';
import { expectedReason, hostilePayloads, seededRandom } from './hostile-payloads.testing';
import { ADMIN_KEY, appliedFigures } from './pipeline.testing';
import { rawArticleOf, wireReports } from './wire-reports.testing';

const SEED = Number(process.env.FUZZ_SEED ?? 20240305);

// Issue 6: "random and hostile payloads at each input topic and the admin API: every one is answered
// or dead-lettered, and the service keeps serving". FUZZ_SEED repeats a run.
describe('hostile payloads on every input', () => {
  let kafka: Kafka;
  let pipeline: TestPipeline;
  let topics: TestPipeline['topics'];
  let aggregatorPort: number;
  let fetcherPort: number;
  // Valid messages: distinct incidents, one figure each, so each adds exactly its figures.
  const events = buildConflictStream(40).filter((event) => event.figures.length === 1);
  const articles = wireReports(40).map(rawArticleOf);
  const eventPayloads = hostilePayloads<ConflictEventV1>(SEED, (i) => events[i % events.length], 66);
  const articlePayloads = hostilePayloads<RawArticleV1>(SEED + 1, (i) => articles[i % articles.length], 66);

  beforeAll(async () => {
    kafka = await requireKafka();
    pipeline = await createTestPipeline({ name: 'fuzz', partitions: 2, env: { LOG_LEVEL: 'warn', ADMIN_API_KEY: ADMIN_KEY } });
    ({ topics } = pipeline);
    aggregatorPort = pipeline.port('aggregator');
    fetcherPort = pipeline.port('fetcher');
    await pipeline.start('aggregator');
    await pipeline.start('extractor');
    await pipeline.start('fetcher', { env: { FEED_POLL_INTERVAL_MS: '600000' } });
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${fetcherPort}/health/live`)).ok && (await appliedFigures(aggregatorPort)) !== undefined,
      {
        timeoutMs: 60_000,
        what: () => `the services up\n${pipeline.logs()}`,
      },
    );
  });

  afterAll(async () => {
    await pipeline?.close('SIGKILL');
  });

  it('applies each valid message and dead-letters each other one with its reason', async () => {
    const producer = kafka.producer();
    await producer.connect();
    for (const [topic, payloads] of [
      [topics.conflictEvents, eventPayloads],
      [topics.rawArticles, articlePayloads],
    ] as const) {
      // One send per payload: the broker refuses a request over 1 MB, and several 900 KB values would be one.
      for (const [i, { value }] of payloads.entries()) await producer.send({ topic, messages: [{ key: `fuzz-${i}`, value }] });
    }
    await producer.disconnect();

    const validFigures =
      eventPayloads.filter((p) => p.valid).reduce((n, p) => n + (JSON.parse(p.value!.toString()) as ConflictEventV1).figures.length, 0) +
      articlePayloads
        .filter((p) => p.valid)
        .reduce((n, p) => {
          const article = JSON.parse(p.value!.toString()) as RawArticleV1;
          return n + readReport(article.text, { publishedAt: article.publishedAt }).figures.length;
        }, 0);
    const rejected = [...eventPayloads, ...articlePayloads].filter((p) => !p.valid).length;

    const letters = await readDeadLetters(kafka, topics.deadLetters, rejected, () => pipeline.logs());
    const reasons = (service: string, topic: string) =>
      letters
        .filter((l) => l.service === service && l.topic === topic)
        .map((l) => l.reason)
        .sort();
    expect(reasons('aggregator', topics.conflictEvents)).toEqual(
      eventPayloads
        .filter((p) => !p.valid)
        .map(expectedReason)
        .sort(),
    );
    expect(reasons('extractor', topics.rawArticles)).toEqual(
      articlePayloads
        .filter((p) => !p.valid)
        .map(expectedReason)
        .sort(),
    );
    await waitFor(async () => (await appliedFigures(aggregatorPort)) === validFigures, {
      timeoutMs: 60_000,
      what: () => `${validFigures} figures applied\n${pipeline.logs()}`,
    });
  });

  it('answers every hostile HTTP request with 2xx or 4xx, in time', async () => {
    const random = seededRandom(SEED);
    const garbage = () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 0xd7ff))).join('');
    const aggregator = `http://127.0.0.1:${aggregatorPort}`;
    const fetcher = `http://127.0.0.1:${fetcherPort}`;
    const key = { 'x-api-key': ADMIN_KEY, 'content-type': 'application/json' };
    const requests: [string, RequestInit?][] = [
      [`${aggregator}/totals?at=yesterday&from=2024-13-45&to=%00`],
      [`${aggregator}/totals?from=2024-03-01&to=2024-01-01&limit=-1&__proto__[x]=1`],
      [`${aggregator}/totals/%2e%2e%2f%2e%2e%2fetc%2fpasswd`],
      [`${aggregator}/totals/..%5C..%5Cwindows`],
      [`${aggregator}/totals/${encodeURIComponent(garbage())}`],
      [`${aggregator}/totals/ZZZZ?region=${'a'.repeat(5000)}`],
      [`${aggregator}/totals?${'x=1&'.repeat(2000)}`],
      [`${aggregator}/totals?q=${'%ff'.repeat(3000)}`],
      [`${aggregator}/totals?${'a'.repeat(20_000)}=1`],
      [`${aggregator}/totals/history?country[]=SY&metric=killed`],
      [`${aggregator}/totals/changes?limit=1e308&after=${encodeURIComponent(garbage())}`],
      [`${aggregator}/incidents?offset=NaN&limit=99999999999999999999`],
      [`${aggregator}/incidents/${encodeURIComponent("1' OR '1'='1")}`],
      [`${aggregator}/admin/status`],
      [`${aggregator}/admin/status`, { headers: { authorization: `Bearer ${'k'.repeat(10_000)}` } }],
      [`${aggregator}/admin/outbox/flush`, { method: 'POST', headers: { 'x-api-key': garbage().replace(/[^\x20-\x7e]/g, 'x') } }],
      [`${aggregator}/admin/outbox/flush`, { method: 'POST', headers: key, body: '{"__proto__":{"admin":true}}' }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: '{"url":' }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: 'null' }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: JSON.stringify({ url: ['http://a.example/'], title: { $ne: 1 } }) }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: '{"__proto__":{"isAdmin":true},"url":"https://safe.example/rss"}' }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: JSON.stringify({ url: 'file:///etc/passwd' }) }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: JSON.stringify({ url: 'javascript:alert(1)' }) }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: JSON.stringify({ url: 'http://169.254.169.254/latest/meta-data/' }) }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: JSON.stringify({ url: 'http://[::ffff:127.0.0.1]:22/' }) }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: JSON.stringify({ url: `https://long.example/${'a'.repeat(100_000)}` }) }],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: JSON.stringify({ url: garbage(), title: garbage() }) }],
      [
        `${fetcher}/feeds`,
        {
          method: 'POST',
          headers: key,
          body: JSON.stringify({ url: 'https://deep.example/', title: JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`) }),
        },
      ],
      [
        `${fetcher}/feeds`,
        { method: 'POST', headers: { ...key, 'content-type': 'text/xml' }, body: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
      ],
      [`${fetcher}/feeds`, { method: 'POST', headers: key, body: 'x'.repeat(2_000_000) }],
      [`${fetcher}/feeds`, { method: 'POST', body: JSON.stringify({ url: 'https://nokey.example/rss' }) }],
      [`${fetcher}/feeds?limit=-5&after=${encodeURIComponent(garbage())}`, { headers: key }],
      [`${fetcher}/feeds/${encodeURIComponent('../../etc/passwd')}`, { headers: key }],
      [`${fetcher}/feeds/99999999999999999999999/pause`, { method: 'POST', headers: key }],
      [`${fetcher}/feeds/-1`, { method: 'DELETE', headers: key }],
    ];
    const answers: string[] = [];
    for (const [url, init] of requests) {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
      answers.push(`${response.status} ${init?.method ?? 'GET'} ${url.slice(0, 120)}`);
    }
    expect(answers.filter((answer) => !/^[24]\d\d /.test(answer))).toEqual([]);
  });

  it('still serves and still applies a valid message afterwards', async () => {
    expect((await fetch(`http://127.0.0.1:${aggregatorPort}/totals`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${fetcherPort}/feeds`, { headers: { 'x-api-key': ADMIN_KEY } })).status).toBe(200);
    const before = (await appliedFigures(aggregatorPort))!;
    const [late] = buildConflictStream(45).filter((event) => event.figures.length === 1 && !events.some((e) => e.eventId === event.eventId));
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: topics.conflictEvents, messages: [{ key: conflictEventKey(late), value: JSON.stringify(late) }] });
    await producer.disconnect();
    await waitFor(async () => (await appliedFigures(aggregatorPort)) === before + 1, { what: () => `one more figure applied\n${pipeline.logs()}` });
  });
});

const readDeadLetters = async (kafka: Kafka, topic: string, count: number, logs: () => string): Promise<DeadLetterV1[]> => {
  const letters: DeadLetterV1[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('fuzz-reader'), maxBytes: 20 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void letters.push(DeadLetterV1.parse(JSON.parse(message.value!.toString()))) });
  try {
    await waitFor(() => letters.length >= count, { timeoutMs: 90_000, what: () => `${count} dead letters (have ${letters.length})\n${logs()}` });
  } finally {
    await consumer.disconnect();
  }
  return letters;
};
