import { cleanText } from '@cw/articles';
import { ConflictEventV1, conflictEventKey, type DeploymentTopics, RawArticleV1 } from '@cw/contracts';
import { readReport } from '@cw/extraction';
import { ensureTopics, type MessagePublisher, type ProgressListener, type StructuredLog, ValidatedConsumer } from '@cw/kafka';
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
  /** Longest one article may be read for; past it the article is dead-lettered as too costly. */
  budgetMs: number;
  progress?: ProgressListener;
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
      progress: deps.progress,
      handle: async ({ topic, partition, messages, heartbeat }) => {
        const events: ConflictEventV1[] = [];
        for (const { value, offset } of messages) {
          // Cleaned again here: an older fetcher or another producer may have let a NUL through.
          const article = { ...value, title: cleanText(value.title), text: cleanText(value.text), outlet: cleanText(value.outlet) };
          const stopTimer = deps.metrics.processingSeconds.startTimer({ stage: 'extract' });
          const deadline = performance.now() + deps.budgetMs;
          const { figures } = readReport(article.text, { publishedAt: article.publishedAt, overBudget: () => performance.now() > deadline });
          stopTimer();
          for (const { metric, kind } of figures) deps.metrics.figuresExtracted.inc({ metric, kind });
          deps.log.info({ topic, partition, offset, articleId: article.articleId, figures: figures.length }, 'article read');
          const event = figures.length > 0 ? conflictEventOf(article, figures, new Date()) : null;
          if (event && event.figures.length > 0) events.push(event);
          // Keeps the group membership through a long batch: the session times out at 30 s.
          await heartbeat?.();
        }
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
