import { serviceLifecycle, serviceLoggerModule } from '@cw/service';
import { deploymentTopics } from '@cw/contracts';
import { createKafka, type MessagePublisher, messagePublisherProvider } from '@cw/kafka';
import { ConsumerLagPoller, kafkaReady, ObservabilityModule, PartitionProgress, SERVICE_METRICS, type ServiceMetrics } from '@cw/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ExtractorConfig } from './config';
import { RawArticleConsumer } from './raw-article.consumer';

const PUBLISHER = Symbol('PUBLISHER');

// Stop: the lag poller, then the consumer (the article in hand is published and committed, or left
// uncommitted for the next instance), then the producer.
const extractorLifecycle = serviceLifecycle({
  inject: [RawArticleConsumer, ConsumerLagPoller, PUBLISHER],
  plan: (consumer: RawArticleConsumer, lag: ConsumerLagPoller, publisher: MessagePublisher) => ({
    workers: [consumer, lag],
    resources: [publisher],
  }),
});

@Module({})
export class ExtractorModule {
  static forRoot(config: ExtractorConfig, log: Logger): DynamicModule {
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'cw-extractor' });
    const topics = deploymentTopics(config.KAFKA_TOPIC_PREFIX);
    const progress = new PartitionProgress();
    return {
      module: ExtractorModule,
      imports: [
        serviceLoggerModule(log),
        ObservabilityModule.forRoot({
          service: 'extractor',
          readiness: [kafkaReady(kafka), progress.readiness(config.CONSUMER_STALL_AFTER_MS)],
          partitionProgress: progress,
        }),
      ],
      providers: [
        messagePublisherProvider(PUBLISHER, { brokers: config.KAFKA_BROKERS, clientId: 'cw-extractor' }),
        {
          provide: RawArticleConsumer,
          inject: [PUBLISHER, SERVICE_METRICS],
          useFactory: (publisher: MessagePublisher, metrics: ServiceMetrics) =>
            new RawArticleConsumer({
              kafka,
              groupId: config.KAFKA_GROUP_ID,
              topics,
              partitions: config.KAFKA_PARTITIONS,
              publisher,
              log,
              metrics,
              budgetMs: config.EXTRACTION_BUDGET_MS,
              progress,
            }),
        },
        {
          provide: ConsumerLagPoller,
          inject: [SERVICE_METRICS],
          useFactory: (metrics: ServiceMetrics) =>
            new ConsumerLagPoller({ kafka, groupId: config.KAFKA_GROUP_ID, topics: [topics.rawArticles], gauge: metrics.consumerLag, log }),
        },
        extractorLifecycle,
      ],
    };
  }
}
