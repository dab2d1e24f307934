import { type Admin, Kafka, logLevel } from 'kafkajs';

export interface TopicReplication {
  replicationFactor: number;
  /** Replicas that must hold a write before an acks=all producer is told it is written. */
  minInsyncReplicas: number;
}

/**
 * Replication of the topics the project creates, from the number of brokers in the cluster: 3 copies and
 * min.insync.replicas=2 on three or more brokers, so with acks=all (every publisher here) a write is on two
 * brokers before it is acknowledged, and one broker may be down with neither a write refused nor an
 * acknowledged message lost (Kafka docs, "Availability and Durability Guarantees"). Fewer brokers hold fewer
 * copies: 2 (min.insync.replicas=1, so one broker down does not stop writes) or 1, a development broker.
 */
export const topicReplicationFor = (brokers: number): TopicReplication => {
  const replicationFactor = Math.max(1, Math.min(3, Math.floor(brokers)));
  return { replicationFactor, minInsyncReplicas: replicationFactor >= 3 ? 2 : 1 };
};

/**
 * Creates the topics that are missing and waits until every partition has a leader, as every broker of the
 * cluster sees it. A consumer that subscribes before that sees "This server does not host this
 * topic-partition" (nestjs/nest#13220; on a cluster, from the broker that has not learned of the topic
 * yet), so services call this before they consume or produce.
 *
 * Replication follows the brokers the cluster lists when the topic is created (topicReplicationFor):
 * a broker that is down then is not counted, so create topics, that is start the services the first
 * time, with every broker up. A topic that exists keeps its settings; the services never alter them.
 */
export const ensureTopics = async (kafka: Kafka, topics: string[], numPartitions: number): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { brokers } = await admin.describeCluster();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      const { replicationFactor, minInsyncReplicas } = topicReplicationFor(brokers.length);
      // Not KafkaJS's waitForLeaders: on a cluster it asks one broker for the new topic's metadata and gives
      // up on "This server does not host this topic-partition" when that broker has not learned of it yet.
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((topic) => ({
          topic,
          numPartitions,
          replicationFactor,
          configEntries: [
            { name: 'min.insync.replicas', value: String(minInsyncReplicas) },
            // Kafka's default, set on the topic so a cluster configured otherwise cannot make a replica
            // that missed acknowledged writes the leader, losing them.
            { name: 'unclean.leader.election.enable', value: 'false' },
          ],
        })),
      });
    }
    if (brokers.length <= 1) await waitForLeaders(admin, topics);
    else for (const broker of brokers) await waitForLeadersOn(`${broker.host}:${broker.port}`, topics);
  } finally {
    await admin.disconnect();
  }
};

/**
 * Each broker of a cluster learns of a new topic from the metadata log on its own, a moment apart. A consumer
 * that subscribes asks whichever broker it likes, and KafkaJS gives up on the one that does not know the topic
 * yet, so the topics are ready once every broker knows them. A client with that broker alone as its seed asks it.
 */
const waitForLeadersOn = async (broker: string, topics: string[]): Promise<void> => {
  const admin = new Kafka({ brokers: [broker], clientId: 'cw-topic-setup', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await waitForLeaders(admin, topics);
  } finally {
    await admin.disconnect();
  }
};

const waitForLeaders = async (admin: Admin, topics: string[]): Promise<void> => {
  for (let attempt = 0; ; attempt++) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      const led = metadata.topics.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0));
      // A leader named in the metadata may not serve its partition yet ("This server is not the leader for that
      // topic-partition" to the first send on a busy broker): ready once every leader answers for its offsets.
      if (led) {
        for (const topic of topics) await admin.fetchTopicOffsets(topic);
        return;
      }
    } catch (error) {
      // Metadata for a topic created a moment ago may not have reached this broker yet.
      if (attempt >= 100) throw error;
    }
    if (attempt >= 100) throw new Error(`topics have no leader after 20 s: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
