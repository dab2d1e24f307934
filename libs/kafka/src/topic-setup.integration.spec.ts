import { requireKafka, uniqueName } from '@cw/testing';
import { type Admin, ConfigResourceTypes, type Kafka } from 'kafkajs';
import { ensureTopics } from './topic-setup';

// The shared test broker is a single node: a topic gets the one copy it can hold. The three-broker case
// is e2e/src/faults/kafka-cluster.integration.spec.ts, on a cluster of its own.
describe('ensureTopics on a single broker', () => {
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    kafka = await requireKafka();
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
  });

  const settingsOf = async (topic: string) => {
    const [{ partitions }] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['min.insync.replicas', 'unclean.leader.election.enable'] }],
    });
    const config = Object.fromEntries(resources[0].configEntries.map((entry) => [entry.configName, entry.configValue]));
    return { partitions: partitions.length, replicas: partitions[0].replicas.length, ...config };
  };

  it('creates a missing topic with one copy, min.insync.replicas=1 and no unclean leader election', async () => {
    const topic = uniqueName('cw.test.topic-setup');
    await ensureTopics(kafka, [topic], 2);
    expect(await settingsOf(topic)).toEqual({
      partitions: 2,
      replicas: 1,
      'min.insync.replicas': '1',
      'unclean.leader.election.enable': 'false',
    });
  });

  it('leaves a topic that exists as it is', async () => {
    const topic = uniqueName('cw.test.topic-setup');
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    await ensureTopics(kafka, [topic], 3);
    expect((await settingsOf(topic)).partitions).toBe(1);
  });
});
