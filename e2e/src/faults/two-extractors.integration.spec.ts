import { createTestPipeline, requireKafka, type TestPipeline, waitFor } from '@cw/testing';
import type { Admin, Kafka } from 'kafkajs';
import { ADMIN_KEY, counterTotal } from './pipeline.testing';
import { cleanTotalsOf, rawArticleOf, servedTotals, wireReports } from './wire-reports.testing';

// Issue 6: "two extractor instances in one consumer group share the work ... A test runs two extractors
// and shows the same totals as one." Four partitions, 200 reports in four countries.
describe('two extractors in one consumer group', () => {
  let kafka: Kafka;
  let admin: Admin;
  let pipeline: TestPipeline;
  let topics: TestPipeline['topics'];
  let aggregatorPort: number;
  const extractorPorts: number[] = [];
  const reports = wireReports(200);
  let extractorGroup: string;

  const extractedBy = async (port: number) =>
    counterTotal(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text(), 'cw_figures_extracted_total');

  beforeAll(async () => {
    kafka = await requireKafka();
    admin = kafka.admin();
    await admin.connect();
    pipeline = await createTestPipeline({ name: 'two-extractors', partitions: 4, env: { LOG_LEVEL: 'warn' } });
    ({ topics } = pipeline);
    // Both instances get the extractor's group, `${prefix}extractor`.
    extractorGroup = `${pipeline.prefix}extractor`;
    aggregatorPort = pipeline.port('aggregator');
    await pipeline.start('aggregator', { env: { ADMIN_API_KEY: ADMIN_KEY } });
    for (const instance of ['extractor', 'extractor-2']) {
      await pipeline.start('extractor', { instance });
      extractorPorts.push(pipeline.port(instance));
    }
  });

  afterAll(async () => {
    await pipeline?.close('SIGTERM');
    await admin?.disconnect();
  });

  it('shares the partitions and ends with the totals of one reader', async () => {
    // Both members in the group before the first article, so neither takes all four partitions' backlog alone.
    await waitFor(
      async () => {
        const [group] = (await admin.describeGroups([extractorGroup])).groups;
        return group.state === 'Stable' && group.members.length === 2;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: () => `two stable extractors in ${extractorGroup}\n${pipeline.logs()}` },
    );
    expect((await admin.fetchTopicMetadata({ topics: [topics.rawArticles] })).topics[0].partitions).toHaveLength(4);

    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: topics.rawArticles,
      messages: reports.map(rawArticleOf).map((article) => ({ key: article.articleId, value: JSON.stringify(article) })),
    });
    await producer.disconnect();

    const clean = cleanTotalsOf(reports);
    await waitFor(async () => JSON.stringify(await servedTotals(aggregatorPort)) === JSON.stringify(clean), {
      timeoutMs: 90_000,
      intervalMs: 500,
      what: () => `the totals of one reader ${JSON.stringify(clean)}\n${pipeline.logs()}`,
    });
    expect(await servedTotals(aggregatorPort)).toEqual(clean);
    const [first, second] = await Promise.all(extractorPorts.map(extractedBy));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    // Each figure read once between them: the group split the articles, it did not copy them.
    expect(first + second).toBe(reports.reduce((n, r) => n + (r.text.includes('wounded') ? 2 : 1), 0));
  });
});
