import { type DeadLetterV1, deploymentTopics } from '@cw/contracts';
import { requireKafka, uniqueName, waitFor, TEST_BROKERS } from '@cw/testing';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Issue 6: "a command to replay dead letters after a fix". The letter holds bytes no JSON reader
// could take; the replay must put exactly those bytes back on the original topic.
describe('npm run dead-letters:replay', () => {
  let kafka: Kafka;
  const prefix = `${uniqueName('replay')}.`;
  const topics = deploymentTopics(prefix);
  const original = Buffer.from([0x7b, 0x22, 0xff, 0x00, 0xfe, 0x0a, 0x80]);
  const letter = (service: string, value: Buffer | null): DeadLetterV1 => ({
    schema: 'dead-letter@1',
    service,
    topic: topics.rawArticles,
    partition: 0,
    offset: '12',
    key: Buffer.from('article-12').toString('base64'),
    value: value?.toString('base64') ?? null,
    headers: { articleId: 'article-12' },
    reason: 'undecodable',
    detail: 'not JSON',
    failedAt: '2024-03-05T10:00:00.000Z',
  });
  const replay = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', 'tools/replay-dead-letters.ts', ...args], {
      cwd: join(__dirname, '../../..'),
      env: { ...process.env, KAFKA_BROKERS: TEST_BROKERS.join(','), KAFKA_TOPIC_PREFIX: prefix },
      timeout: 60_000,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  };

  beforeAll(async () => {
    kafka = await requireKafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [topics.rawArticles, topics.deadLetters].map((topic) => ({ topic, numPartitions: 2 })),
      waitForLeaders: true,
    });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: topics.deadLetters,
      messages: [letter('extractor', original), letter('aggregator', original), letter('extractor', null)].map((l) => ({
        key: l.topic,
        value: JSON.stringify(l),
      })),
    });
    await producer.disconnect();
  });

  it('counts without producing on --dry-run', async () => {
    expect(await replay('--service', 'extractor', '--dry-run')).toEqual({
      read: 3,
      unreadable: 0,
      selected: 2,
      withoutBytes: 1,
      replayed: 0,
      dryRun: true,
    });
  });

  it("puts the letter's original key and value bytes back on its original topic", async () => {
    expect(await replay('--topic', 'cw.raw-articles.v1', '--service', 'extractor', '--since', '2024-03-01T00:00:00Z')).toMatchObject({
      selected: 2,
      replayed: 1,
    });

    const received: KafkaMessage[] = [];
    const consumer = kafka.consumer({ groupId: uniqueName('replay-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic: topics.rawArticles, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(message) });
    try {
      await waitFor(() => received.length >= 1, { what: `the replayed message on ${topics.rawArticles}` });
    } finally {
      await consumer.disconnect();
    }
    expect(received).toHaveLength(1);
    expect(received[0].key).toEqual(Buffer.from('article-12'));
    expect(received[0].value).toEqual(original);
  });
});
