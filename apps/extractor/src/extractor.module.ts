import { serviceLoggerModule } from '@cw/service';
import { deploymentTopics } from '@cw/contracts';
import { createKafka, type MessagePublisher, messagePublisherProvider } from '@cw/kafka';
import { ConsumerLagPoller, kafkaReady, ObservabilityModule, PartitionProgress, SERVICE_METRICS, type ServiceMetrics } from '@cw/observability';
import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import type { ExtractorConfig } from './config';
import { RawArticleConsumer } from './raw-article.consumer';

const PUBLISHER = Symbol('PUBLISHER');

@Injectable()
class ExtractorLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(RawArticleConsumer) private readonly consumer: RawArticleConsumer,
    @Inject(PUBLISHER) private readonly publisher: MessagePublisher,
    @Inject(ConsumerLagPoller) private readonly lag: ConsumerLagPoller,
  ) {}

  async onApplicationBootstrap() {
    await this.consumer.start();
    this.lag.start();
  }

  // The article in hand is published and committed, or left uncommitted for the next instance.
  async beforeApplicationShutdown() {
    await this.lag.stop();
    await this.consumer.stop();
  }

  onApplicationShutdown() {
    return this.publisher.close();
  }
}

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
        ExtractorLifecycle,
      ],
    };
  }
}
