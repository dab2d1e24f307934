import { deploymentTopics, type DeploymentTopics } from '@cw/contracts';
import { openMigratedDataSource } from '@cw/database';
import { messagePublisherProvider } from '@cw/kafka';
import { PartitionProgress, postgresReady, ReadinessChecks } from '@cw/observability';
import { Gazetteer } from '@cw/places';
import { serviceLoggerModule } from '@cw/service';
import { regionLookup, type RegionOf } from '@cw/totals';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AdminAccessGuard, ReadAccessGuard, ReviewAccessGuard } from './admin/access.guard';
import { AGGREGATOR_CONFIG, type AggregatorConfig } from './config';
import { createAggregatorDataSource } from './database/data-source';

// What every job of the aggregator shares: its configuration, log, Kafka client, topics, the database and the publisher.
export const SERVICE_LOG = Symbol('SERVICE_LOG');
export const PUBLISHER = Symbol('PUBLISHER');
export const KAFKA = Symbol('KAFKA');
export const TOPICS = Symbol('TOPICS');
export const REGION_OF = Symbol('REGION_OF');

export type { DeploymentTopics, Kafka };

/**
 * The aggregator's shared providers, global so each job's module (write path, read API, outbox, dashboard back
 * end, review) asks for what it needs without wiring it again.
 */
@Module({})
export class AggregatorCoreModule {
  static forRoot(config: AggregatorConfig, log: Logger, shared: { kafka: Kafka; progress: PartitionProgress }): DynamicModule {
    // The gazetteer (about 0.6 s of CPU to load) is read at the first figure with a place, not at start.
    const regionOf: RegionOf = (country, place) => regionLookup(Gazetteer.shared())(country, place);
    return {
      module: AggregatorCoreModule,
      global: true,
      imports: [serviceLoggerModule(log)],
      providers: [
        { provide: AGGREGATOR_CONFIG, useValue: config },
        { provide: SERVICE_LOG, useValue: log },
        { provide: KAFKA, useValue: shared.kafka },
        { provide: TOPICS, useValue: deploymentTopics(config.KAFKA_TOPIC_PREFIX) },
        { provide: PartitionProgress, useValue: shared.progress },
        { provide: REGION_OF, useValue: regionOf },
        {
          provide: DataSource,
          inject: [ReadinessChecks],
          useFactory: async (readiness: ReadinessChecks) => {
            const dataSource = await openMigratedDataSource(config.DATABASE_URL, createAggregatorDataSource);
            readiness.add(postgresReady(dataSource));
            return dataSource;
          },
        },
        messagePublisherProvider(PUBLISHER, { brokers: config.KAFKA_BROKERS, clientId: 'cw-aggregator' }),
        AdminAccessGuard,
        ReviewAccessGuard,
        ReadAccessGuard,
      ],
      exports: [
        AGGREGATOR_CONFIG,
        SERVICE_LOG,
        KAFKA,
        TOPICS,
        PartitionProgress,
        REGION_OF,
        DataSource,
        PUBLISHER,
        AdminAccessGuard,
        ReviewAccessGuard,
        ReadAccessGuard,
      ],
    };
  }
}
