import { TotalsUpdateV1, DeadLetterV1 } from '@cw/contracts';
import { createTestPipeline, requireKafka, type SampleFeedServer, startSampleFeedServer, type TestPipeline, uniqueName, waitFor } from '@cw/testing';
import type { Kafka, Producer } from 'kafkajs';

// The seed report (shared/seeds/000_5d8a1befe3af6c37.txt) served as a feed, through the three
// services on a real broker and a real database: Syria's killed total must be 70, not 140 (the
// 32 + 38 breakdown) and not 370,070 (the war-long tally), and stay 70 when everything runs again.
describe('the seed report through fetcher, extractor and aggregator', () => {
  let kafka: Kafka;
  let producer: Producer;
  let feed: SampleFeedServer;
  let pipeline: TestPipeline;
  let topics: TestPipeline['topics'];
  let aggregatorPort: number;

  const totalsOf = async (country: string) => {
    const response = await fetch(`http://127.0.0.1:${aggregatorPort}/totals/${country}`);
    return response.ok ? ((await response.json()) as Record<string, number>) : undefined;
  };
  const logs = () => pipeline.logs();

  beforeAll(async () => {
    kafka = await requireKafka();
    feed = await startSampleFeedServer();
    producer = kafka.producer();
    await producer.connect();
    pipeline = await createTestPipeline({
      name: 'e2e',
      partitions: 2,
      env: { FEED_URLS: feed.feedUrl, ALLOW_PRIVATE_HOSTS: `127.0.0.1:${new URL(feed.feedUrl).port}`, FEED_POLL_INTERVAL_MS: '1000' },
    });
    ({ topics } = pipeline);
    aggregatorPort = pipeline.port('aggregator');
    await pipeline.start('aggregator');
    await pipeline.start('extractor');
    await pipeline.start('fetcher');
  });

  afterAll(async () => {
    await pipeline?.close('SIGTERM');
    await producer?.disconnect();
    await feed?.close();
  });

  it('counts Syria killed 70 and publishes that change as a totals update', async () => {
    const totals = await waitFor(async () => ((await totalsOf('SY'))?.killed === 70 ? totalsOf('SY') : undefined), {
      timeoutMs: 90_000,
      what: () => `SY killed = 70\n${logs()}`,
    });
    expect(totals).toMatchObject({ country: 'SY', killed: 70, injured: 0, displaced: 0 });

    const updates = await readTopic(kafka, topics.totalsUpdates, (value) => TotalsUpdateV1.parse(value), 1);
    expect(updates).toEqual([expect.objectContaining({ country: 'SY', metric: 'killed', before: 0, after: 70, delta: 70, day: '2019-08-10' })]);
  });

  it('leaves the totals at 70 when the feed is served again and the fetcher and aggregator restart', async () => {
    const polls = feed.hits.get('/feeds/seed.rss') ?? 0;
    for (const name of ['fetcher', 'aggregator'] as const) {
      expect(await pipeline.restart(name, 'SIGTERM')).toBe(0);
    }
    await waitFor(() => (feed.hits.get('/feeds/seed.rss') ?? 0) >= polls + 3, { what: 'three more polls of the feed' });
    await waitFor(() => totalsOf('SY'), { what: 'the restarted aggregator' });
    expect(await totalsOf('SY')).toMatchObject({ killed: 70 });
    const history = (await (await fetch(`http://127.0.0.1:${aggregatorPort}/totals/changes?country=SY&metric=killed`)).json()) as {
      changes: unknown[];
    };
    expect(history.changes).toHaveLength(1);
  });

  it('dead-letters a malformed message on each input topic and still processes the next good one', async () => {
    await producer.send({ topic: topics.rawArticles, messages: [{ key: 'x', value: '{"schema":"raw-article@1"' }] });
    await producer.send({ topic: topics.conflictEvents, messages: [{ key: 'SY', value: JSON.stringify({ schema: 'conflict-event@1' }) }] });
    const event = {
      schema: 'conflict-event@1',
      eventId: 'e'.repeat(32),
      articleId: 'a'.repeat(32),
      url: 'https://example.org/ukraine-strike',
      outlet: 'Test wire',
      publishedAt: '2024-03-05T10:00:00Z',
      producedAt: '2024-03-05T10:00:01Z',
      extractorVersion: 'test',
      figures: [
        {
          figureId: 'f'.repeat(32),
          kind: 'incident',
          metric: 'killed',
          value: 4,
          qualifier: 'exact',
          vague: false,
          victims: 'civilians',
          breakdown: [],
          date: '2024-03-04',
          since: null,
          country: 'UA',
          places: ['Kharkiv'],
          source: 'regional governor',
          isUpdate: false,
          span: { start: 9, end: 13 },
          provenance: { articleId: 'a'.repeat(32), url: 'https://example.org/ukraine-strike', sentence: 'A strike killed four civilians.' },
        },
      ],
    };
    await producer.send({ topic: topics.conflictEvents, messages: [{ key: 'UA', value: JSON.stringify(event) }] });

    const letters = await readTopic(kafka, topics.deadLetters, (value) => DeadLetterV1.parse(value), 2);
    expect(letters.map((l) => [l.service, l.topic, l.reason]).sort()).toEqual([
      ['aggregator', topics.conflictEvents, 'invalid'],
      ['extractor', topics.rawArticles, 'undecodable'],
    ]);
    await waitFor(async () => (await totalsOf('UA'))?.killed === 4, { what: () => `UA killed = 4\n${logs()}` });
    expect(await totalsOf('SY')).toMatchObject({ killed: 70 });
  });
});

const readTopic = async <T>(kafka: Kafka, topic: string, parse: (value: unknown) => T, count: number): Promise<T[]> => {
  const values: T[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('e2e-reader') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void values.push(parse(JSON.parse(message.value!.toString()))) });
  try {
    await waitFor(() => values.length >= count, { what: `${count} messages on ${topic}` });
    // A moment more would show a message too many; the checks below compare whole lists.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  } finally {
    await consumer.disconnect();
  }
  return values;
};
