import type { DeploymentTopics } from '@cw/contracts';
import type { MessagePublisher } from '@cw/kafka';
import { ConsumerLagPoller, PartitionProgress, SERVICE_METRICS, type ServiceMetrics } from '@cw/observability';
import type { RegionOf } from '@cw/totals';
import { Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { KAFKA, PUBLISHER, REGION_OF, SERVICE_LOG, TOPICS } from '../aggregator-core.module';
import { AGGREGATOR_CONFIG, type AggregatorConfig } from '../config';
import { OutboxModule } from '../outbox/outbox.module';
import { TotalsOutbox } from '../outbox/totals-outbox';
import { ConflictEventConsumer } from './conflict-event.consumer';
import { TotalsWriter } from './totals-writer';

/** The totals write path: conflict events in, incidents, totals, history, review items and offsets out, one transaction a batch. */
@Module({
  imports: [OutboxModule],
  providers: [
    {
      provide: TotalsWriter,
      inject: [DataSource, AGGREGATOR_CONFIG, REGION_OF],
      useFactory: (ds: DataSource, config: AggregatorConfig, regionOf: RegionOf) =>
        new TotalsWriter(ds, config.KAFKA_GROUP_ID, {
          regionOf,
          cachedReports: config.INCIDENT_CACHE_REPORTS,
          review: { confidenceBelow: config.REVIEW_CONFIDENCE_BELOW },
        }),
    },
    {
      provide: ConflictEventConsumer,
      inject: [TotalsWriter, TotalsOutbox, PUBLISHER, SERVICE_METRICS, AGGREGATOR_CONFIG, KAFKA, TOPICS, SERVICE_LOG, PartitionProgress],
      useFactory: (
        writer: TotalsWriter,
        outbox: TotalsOutbox,
        publisher: MessagePublisher,
        metrics: ServiceMetrics,
        config: AggregatorConfig,
        kafka: Kafka,
        topics: DeploymentTopics,
        log: Logger,
        progress: PartitionProgress,
      ) =>
        new ConflictEventConsumer({
          kafka,
          metrics,
          groupId: config.KAFKA_GROUP_ID,
          topics,
          partitions: config.KAFKA_PARTITIONS,
          batchSize: config.APPLY_BATCH_SIZE,
          writer,
          outbox,
          deadLetters: publisher,
          log,
          progress,
        }),
    },
    {
      provide: ConsumerLagPoller,
      inject: [SERVICE_METRICS, AGGREGATOR_CONFIG, KAFKA, TOPICS, SERVICE_LOG],
      useFactory: (metrics: ServiceMetrics, config: AggregatorConfig, kafka: Kafka, topics: DeploymentTopics, log: Logger) =>
        new ConsumerLagPoller({ kafka, groupId: config.KAFKA_GROUP_ID, topics: [topics.conflictEvents], gauge: metrics.consumerLag, log }),
    },
  ],
  exports: [TotalsWriter, ConflictEventConsumer, ConsumerLagPoller],
})
export class TotalsWriteModule {}
