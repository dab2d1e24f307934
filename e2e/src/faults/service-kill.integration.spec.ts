import { contentFingerprint, sameStory } from '@cw/articles';
import { createTestPipeline, requireKafka, type SampleFeedServer, startSampleFeedServer, type TestPipeline, waitFor } from '@cw/testing';
import type { Admin, Kafka } from 'kafkajs';
import { ADMIN_KEY, appliedFigures } from './pipeline.testing';
import { cleanTotalsOf, servedTotals, startWireFeed, type WireFeed, wireReports } from './wire-reports.testing';

// Issue 6: "SIGKILL each service mid-stream and start it again. After recovery the totals equal those
// of a clean run of the same input, exactly." The seed feed plus a wire feed that files its second
// half only after the fetcher was killed, so each kill lands while work is in flight.
describe('the pipeline when each service is killed with SIGKILL and started again', () => {
  let kafka: Kafka;
  let admin: Admin;
  let pipeline: TestPipeline;
  let seedFeed: SampleFeedServer;
  let wireFeed: WireFeed;
  let aggregatorPort: number;
  const reports = wireReports(30);

  const restartAfterKill = async (name: 'fetcher' | 'extractor' | 'aggregator') => {
    expect(await pipeline.restart(name, 'SIGKILL')).toBeNull();
  };
  const messagesOn = async (topic: string) => {
    const offsets = await admin.fetchTopicOffsets(topic).catch(() => []);
    return offsets.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
  };
  const logs = () => pipeline.logs();

  beforeAll(async () => {
    kafka = await requireKafka();
    admin = kafka.admin();
    await admin.connect();
    seedFeed = await startSampleFeedServer();
    wireFeed = await startWireFeed(reports, 15);
    pipeline = await createTestPipeline({
      name: 'kill',
      partitions: 3,
      env: {
        FEED_URLS: `${seedFeed.feedUrl},${wireFeed.url}`,
        ALLOW_PRIVATE_HOSTS: '127.0.0.1:*',
        FEED_POLL_INTERVAL_MS: '1000',
        // The wire reports' text is their feed description; the seed's is its content:encoded.
        FETCH_ARTICLE_PAGES: 'false',
        APPLY_BATCH_SIZE: '2',
        ADMIN_API_KEY: ADMIN_KEY,
        LOG_LEVEL: 'warn',
      },
    });
    aggregatorPort = pipeline.port('aggregator');
  });

  afterAll(async () => {
    await pipeline?.close('SIGKILL');
    await admin?.disconnect();
    await seedFeed?.close();
    await wireFeed?.close();
  });

  it('ends with the totals of a clean run of the same reports', async () => {
    // A precondition, not the behaviour under test: no two wire reports may read as one story.
    const prints = reports.map((r) => contentFingerprint(r.title, r.text));
    expect(prints.some((a, i) => prints.slice(i + 1).some((b) => sameStory(a, b)))).toBe(false);

    await pipeline.start('aggregator');
    await pipeline.start('extractor');
    await pipeline.start('fetcher');

    await waitFor(async () => (await messagesOn(pipeline.topics.rawArticles)) > 0, {
      timeoutMs: 60_000,
      what: () => `the first articles published\n${logs()}`,
    });
    await restartAfterKill('fetcher');
    wireFeed.file(reports.length);

    await waitFor(async () => (await messagesOn(pipeline.topics.conflictEvents)) > 0, {
      timeoutMs: 60_000,
      what: () => `the first events extracted\n${logs()}`,
    });
    await restartAfterKill('extractor');

    await waitFor(async () => ((await appliedFigures(aggregatorPort)) ?? 0) > 0, {
      intervalMs: 20,
      timeoutMs: 60_000,
      what: () => `the first figures applied\n${logs()}`,
    });
    await restartAfterKill('aggregator');

    // The seed report is Syria's 70 killed (e2e/src/seed-report-pipeline.integration.spec.ts); no wire report is in Syria.
    const clean = { ...cleanTotalsOf(reports), SY: { killed: 70, injured: 0, displaced: 0 } };
    const totals = await waitFor(
      async () => {
        const served = await servedTotals(aggregatorPort);
        return JSON.stringify(served) === JSON.stringify(sortKeys(clean)) && served;
      },
      { timeoutMs: 90_000, intervalMs: 500, what: () => `the clean run's totals ${JSON.stringify(clean)}\n${logs()}` },
    );
    expect(totals).toEqual(clean);
  });
});

const sortKeys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
