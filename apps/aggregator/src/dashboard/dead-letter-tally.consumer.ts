import { DeadLetterV1, type DeploymentTopics } from '@cw/contracts';
import { ensureTopics, type MessagePublisher, type ProgressListener, type StructuredLog, ValidatedConsumer } from '@cw/kafka';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { DeadLetterCounts } from './dead-letter-counts';
import { exitForRestart } from '@cw/service';

export interface DeadLetterTallyDeps {
  kafka: Kafka;
  /** Its own group: it reads every dead letter, whatever the totals consumers do. */
  groupId: string;
  topics: DeploymentTopics;
  partitions: number;
  counts: DeadLetterCounts;
  deadLetters: MessagePublisher;
  log: StructuredLog;
  progress?: ProgressListener;
}

/** Counts the dead-letter topic into dead_letter_counts, for the dashboard's operations view. */
export class DeadLetterTallyConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: ValidatedConsumer<typeof DeadLetterV1>;

  constructor(private readonly deps: DeadLetterTallyDeps) {
    this.consumer = new ValidatedConsumer({
      onStoppedForGood: exitForRestart('aggregator'),
      kafka: deps.kafka,
      service: 'aggregator',
      groupId: deps.groupId,
      topic: deps.topics.deadLetters,
      // A message here that is no dead letter is wrapped in one (a valid letter) and counted once as such.
      deadLetterTopic: deps.topics.deadLetters,
      schema: DeadLetterV1,
      deadLetters: deps.deadLetters,
      log: deps.log,
      storedOffsets: (topic) => deps.counts.storedOffsets(topic),
      progress: deps.progress,
      handle: async (batch) => {
        const counted = await deps.counts.record(batch);
        const { topic, partition, nextOffset } = batch;
        if (counted > 0) deps.log.info({ topic, partition, nextOffset, counted }, 'dead letters counted');
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureTopics(this.deps.kafka, [this.deps.topics.deadLetters], this.deps.partitions);
    await this.consumer.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.consumer.stop();
  }
}
