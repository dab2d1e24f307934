import { ConflictEventV1, conflictEventKey, type DeploymentTopics, RawArticleV1 } from '@cw/contracts';
import { readReport } from '@cw/extraction';
import { ensureTopics, type MessagePublisher, type StructuredLog, ValidatedConsumer } from '@cw/kafka';
import type { ServiceMetrics } from '@cw/observability';
import type { Kafka } from 'kafkajs';
import { conflictEventOf } from '@cw/conflict-events';
import { exitForRestart } from '@cw/service';

export interface RawArticleConsumerDeps {
  kafka: Kafka;
  groupId: string;
  topics: DeploymentTopics;
  partitions: number;
  publisher: MessagePublisher;
  log: StructuredLog;
  metrics: ServiceMetrics;
}

/**
 * Reads each raw article into a conflict event. Extraction is a pure function of the article with
 * deterministic ids, so a redelivered article re-emits the same event and the aggregator ignores it:
 * at-least-once here is exactly-once in the totals.
 */
export class RawArticleConsumer {
  private readonly consumer: ValidatedConsumer<typeof RawArticleV1>;

  constructor(private readonly deps: RawArticleConsumerDeps) {
    this.consumer = new ValidatedConsumer({
      onStoppedForGood: exitForRestart('extractor'),
      kafka: deps.kafka,
      service: 'extractor',
      groupId: deps.groupId,
      topic: deps.topics.rawArticles,
      deadLetterTopic: deps.topics.deadLetters,
      schema: RawArticleV1,
      deadLetters: deps.publisher,
      log: deps.log,
      onDeadLetter: (topic, reason) => deps.metrics.deadLetters.inc({ topic, reason }),
      handle: async ({ topic, partition, messages }) => {
        const events = messages
          .map(({ value: article, offset }) => {
            const stopTimer = deps.metrics.processingSeconds.startTimer({ stage: 'extract' });
            const { figures } = readReport(article.text, { publishedAt: article.publishedAt });
            stopTimer();
            for (const { metric, kind } of figures) deps.metrics.figuresExtracted.inc({ metric, kind });
            deps.log.info({ topic, partition, offset, articleId: article.articleId, figures: figures.length }, 'article read');
            return figures.length > 0 ? conflictEventOf(article, figures, new Date()) : null;
          })
          .filter((event): event is ConflictEventV1 => event !== null);
        await deps.publisher.publishMany(
          { topic: deps.topics.conflictEvents, schema: ConflictEventV1 },
          events.map((event) => ({ key: conflictEventKey(event), message: event, headers: { articleId: event.articleId } })),
        );
      },
    });
  }

  async start(): Promise<void> {
    const { rawArticles, conflictEvents, deadLetters } = this.deps.topics;
    await ensureTopics(this.deps.kafka, [rawArticles, conflictEvents, deadLetters], this.deps.partitions);
    await this.consumer.start();
  }

  stop(): Promise<void> {
    return this.consumer.stop();
  }
}
