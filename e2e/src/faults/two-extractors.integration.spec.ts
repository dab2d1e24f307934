import { deploymentTopics } from '@cw/contracts';
import {
  freePort,
  createTestDatabase,
  requireKafka,
  runServiceProcess,
  type ServiceProcess,
  type TestDatabase,
  TEST_BROKERS,
  uniqueName,
  waitFor,
} from '@cw/testing';
import type { Admin, Kafka } from 'kafkajs';
import { ADMIN_KEY, counterTotal, logsOf } from './pipeline.testing';
import { cleanTotalsOf, rawArticleOf, servedTotals, wireReports } from './wire-reports.testing';

// Issue 6: "two extractor instances in one consumer group share the work ... A test runs two extractors
// and shows the same totals as one." Four partitions, 200 reports in four countries.
describe('two extractors in one consumer group', () => {
  let kafka: Kafka;
  let admin: Admin;
  let database: TestDatabase;
  let aggregatorPort: number;
  const extractorPorts: number[] = [];
  const services: ServiceProcess[] = [];
  const reports = wireReports(200);
  const prefix = `${uniqueName('two-extractors')}.`;
  const topics = deploymentTopics(prefix);
  const extractorGroup = `${prefix}extractor`;

  const extractedBy = async (port: number) =>
    counterTotal(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text(), 'cw_figures_extracted_total');

  beforeAll(async () => {
    kafka = await requireKafka();
    admin = kafka.admin();
    await admin.connect();
    database = await createTestDatabase();
    aggregatorPort = await freePort();
    const env = { KAFKA_BROKERS: TEST_BROKERS.join(','), KAFKA_TOPIC_PREFIX: prefix, KAFKA_PARTITIONS: '4', LOG_LEVEL: 'warn' };
    services.push(
      runServiceProcess('aggregator', {
        ...env,
        KAFKA_GROUP_ID: `${prefix}aggregator`,
        DATABASE_URL: database.url,
        HTTP_PORT: String(aggregatorPort),
        ADMIN_API_KEY: ADMIN_KEY,
      }),
    );
    for (let i = 0; i < 2; i++) {
      extractorPorts.push(await freePort());
      services.push(runServiceProcess('extractor', { ...env, KAFKA_GROUP_ID: extractorGroup, HTTP_PORT: String(extractorPorts[i]) }));
    }
  });

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop('SIGTERM')));
    await admin?.disconnect();
    await database?.drop();
  });

  it('shares the partitions and ends with the totals of one reader', async () => {
    // Both members in the group before the first article, so neither takes all four partitions' backlog alone.
    await waitFor(
      async () => {
        const [group] = (await admin.describeGroups([extractorGroup])).groups;
        return group.state === 'Stable' && group.members.length === 2;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: () => `two stable extractors in ${extractorGroup}\n${logsOf(services)}` },
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
      what: () => `the totals of one reader ${JSON.stringify(clean)}\n${logsOf(services)}`,
    });
    expect(await servedTotals(aggregatorPort)).toEqual(clean);
    const [first, second] = await Promise.all(extractorPorts.map(extractedBy));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    // Each figure read once between them: the group split the articles, it did not copy them.
    expect(first + second).toBe(reports.reduce((n, r) => n + (r.text.includes('wounded') ? 2 : 1), 0));
  });
});
