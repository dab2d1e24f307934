import type { DeploymentTopics } from '@cw/contracts';
import type { MessagePublisher } from '@cw/kafka';
import { PartitionProgress } from '@cw/observability';
import { Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AdminController } from '../admin/admin.controller';
import { KAFKA, PUBLISHER, SERVICE_LOG, TOPICS } from '../aggregator-core.module';
import { AGGREGATOR_CONFIG, type AggregatorConfig } from '../config';
import { OutboxModule } from '../outbox/outbox.module';
import { DeadLetterCounts } from './dead-letter-counts';
import { DeadLetterTallyConsumer } from './dead-letter-tally.consumer';
import { FetcherFeeds } from './fetcher-feeds';
import { OperationsController } from './operations.controller';

// Its own group: it reads the dead letters of every service, beside the conflict events.
const tallyGroup = (config: AggregatorConfig) => `${config.KAFKA_GROUP_ID}.dead-letter-tally`;

/** The dashboard's back end (issue 7): operator status, the outbox flush, feed status from the fetcher, dead-letter counts. */
@Module({
  imports: [OutboxModule],
  controllers: [AdminController, OperationsController],
  providers: [
    {
      provide: FetcherFeeds,
      inject: [AGGREGATOR_CONFIG, SERVICE_LOG],
      useFactory: (config: AggregatorConfig, log: Logger) => new FetcherFeeds(config.FETCHER_URL, config.FETCHER_ADMIN_API_KEY, log),
    },
    {
      provide: DeadLetterCounts,
      inject: [DataSource, AGGREGATOR_CONFIG],
      useFactory: (ds: DataSource, config: AggregatorConfig) => new DeadLetterCounts(ds, tallyGroup(config)),
    },
    {
      // Starts and stops on its own hooks.
      provide: DeadLetterTallyConsumer,
      inject: [DeadLetterCounts, PUBLISHER, AGGREGATOR_CONFIG, KAFKA, TOPICS, SERVICE_LOG, PartitionProgress],
      useFactory: (
        counts: DeadLetterCounts,
        publisher: MessagePublisher,
        config: AggregatorConfig,
        kafka: Kafka,
        topics: DeploymentTopics,
        log: Logger,
        progress: PartitionProgress,
      ) =>
        new DeadLetterTallyConsumer({
          kafka,
          groupId: tallyGroup(config),
          topics,
          partitions: config.KAFKA_PARTITIONS,
          counts,
          deadLetters: publisher,
          log,
          progress,
        }),
    },
  ],
})
export class DashboardModule {}
