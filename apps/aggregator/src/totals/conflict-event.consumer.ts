import { ConflictEventV1, type DeploymentTopics } from '@cw/contracts';
import { ensureTopics, type MessagePublisher, type ProgressListener, type StructuredLog, ValidatedConsumer } from '@cw/kafka';
import type { ServiceMetrics } from '@cw/observability';
import type { Kafka } from 'kafkajs';
import type { TotalsOutbox } from '../outbox/totals-outbox';
import type { TotalsWriter } from './totals-writer';
import { exitForRestart } from '@cw/service';

export interface ConflictEventConsumerDeps {
  kafka: Kafka;
  groupId: string;
  topics: DeploymentTopics;
  partitions: number;
  batchSize: number;
  writer: TotalsWriter;
  outbox: TotalsOutbox;
  deadLetters: MessagePublisher;
  log: StructuredLog;
  metrics: ServiceMetrics;
  progress?: ProgressListener;
}

/** Applies conflict events to the totals; a batch's offsets are stored with its totals in Postgres. */
export class ConflictEventConsumer {
  private readonly consumer: ValidatedConsumer<typeof ConflictEventV1>;

  constructor(private readonly deps: ConflictEventConsumerDeps) {
    this.consumer = new ValidatedConsumer({
      onStoppedForGood: exitForRestart('aggregator'),
      kafka: deps.kafka,
      service: 'aggregator',
      groupId: deps.groupId,
      topic: deps.topics.conflictEvents,
      deadLetterTopic: deps.topics.deadLetters,
      schema: ConflictEventV1,
      deadLetters: deps.deadLetters,
      log: deps.log,
      maxBatchSize: deps.batchSize,
      // Events are keyed by country, so two partitions never hold the same country's incidents or totals.
      partitionsConsumedConcurrently: deps.partitions,
      storedOffsets: (topic) => deps.writer.storedOffsets(topic),
      progress: deps.progress,
      onDeadLetter: (topic, reason) => deps.metrics.deadLetters.inc({ topic, reason }),
      handle: async (batch) => {
        const stopTimer = deps.metrics.processingSeconds.startTimer({ stage: 'apply' });
        const result = await deps.writer.applyBatch(batch);
        stopTimer();
        deps.metrics.eventsApplied.inc(result.appliedEvents);
        deps.metrics.incidentLoads.inc({ source: 'memory' }, result.incidentsFromMemory);
        deps.metrics.incidentLoads.inc({ source: 'postgres' }, result.incidentsRead);
        const { topic, partition, nextOffset } = batch;
        // The article ids let an operator follow one report from the fetcher's log to its totals.
        const articleIds = batch.messages.slice(0, 100).map((message) => message.value.articleId);
        deps.log.info({ topic, partition, nextOffset, events: batch.messages.length, articleIds, ...result }, 'conflict events applied');
        if (result.changes > 0) await deps.outbox.flush();
      },
    });
  }

  async start(): Promise<void> {
    const { conflictEvents, totalsUpdates, deadLetters } = this.deps.topics;
    await ensureTopics(this.deps.kafka, [conflictEvents, totalsUpdates, deadLetters], this.deps.partitions);
    // Rows committed before a crash but not yet published go out first.
    await this.deps.outbox.flush();
    await this.consumer.start();
  }

  stop(): Promise<void> {
    return this.consumer.stop();
  }
}
