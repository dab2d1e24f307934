import type { Admin, Kafka } from 'kafkajs';

/**
 * Creates the topics that are missing and waits until every partition has a leader.
 * A consumer that subscribes before that sees "This server does not host this topic-partition"
 * on a fresh broker (nestjs/nest#13220), so services call this before they consume or produce.
 */
export const ensureTopics = async (kafka: Kafka, topics: string[], numPartitions: number): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
      });
    }
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
      if (led) return;
    } catch (error) {
      // Metadata for a topic created a moment ago may not have reached this broker yet.
      if (attempt >= 100) throw error;
    }
    if (attempt >= 100) throw new Error(`topics have no leader after 20 s: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
