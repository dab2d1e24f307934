import { serviceLifecycle, serviceLoggerModule } from '@cw/service';
import { deploymentTopics } from '@cw/contracts';
import { createKafka, type MessagePublisher, messagePublisherProvider } from '@cw/kafka';
import { openMigratedDataSource } from '@cw/database';
import {
  ConsumerLagPoller,
  kafkaReady,
  ObservabilityModule,
  PartitionProgress,
  postgresReady,
  ReadinessChecks,
  SERVICE_METRICS,
  type ServiceMetrics,
} from '@cw/observability';
import { Gazetteer } from '@cw/places';
import { regionLookup } from '@cw/totals';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AGGREGATOR_CONFIG, type AggregatorConfig } from './config';
import { ConflictEventConsumer } from './conflict-event.consumer';
import { createAggregatorDataSource } from './database/data-source';
import { AdminAccessGuard, ReadAccessGuard } from './admin/access.guard';
import { AdminController } from './admin/admin.controller';
import { IncidentReader } from './incidents/incident-reader';
import { IncidentsController } from './incidents/incidents.controller';
import { TotalsController } from './totals/totals.controller';
import { TotalsOutbox } from './totals/totals-outbox';
import { TotalsReader } from './totals/totals-reader';
import { TotalsWriter } from './totals/totals-writer';
// Dashboard (issue 7): feed status, dead-letter counts.
import { DeadLetterCounts } from './dashboard/dead-letter-counts';
import { DeadLetterTallyConsumer } from './dashboard/dead-letter-tally.consumer';
import { FetcherFeeds } from './dashboard/fetcher-feeds';
import { OperationsController } from './dashboard/operations.controller';
// Exports and reads on years of data (issue 14).
import { ExportReader } from './exports/export-reader';
import { ExportsController } from './exports/exports.controller';

const SERVICE_LOG = Symbol('SERVICE_LOG');
const PUBLISHER = Symbol('PUBLISHER');

// Stop: the lag poller, then the consumer (the batch in hand commits or rolls back whole), then the
// producer and the pool. The dead-letter tally consumer starts and stops on its own hooks.
const aggregatorLifecycle = serviceLifecycle({
  inject: [ConflictEventConsumer, ConsumerLagPoller, PUBLISHER, DataSource],
  plan: (consumer: ConflictEventConsumer, lag: ConsumerLagPoller, publisher: MessagePublisher, dataSource: DataSource) => ({
    workers: [consumer, lag],
    resources: [publisher, { close: () => dataSource.destroy() }],
  }),
});

@Module({})
export class AggregatorModule {
  static forRoot(config: AggregatorConfig, log: Logger): DynamicModule {
    const topics = deploymentTopics(config.KAFKA_TOPIC_PREFIX);
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'cw-aggregator' });
    // Its own group: it reads the dead letters of every service, beside the conflict events.
    const deadLetterTallyGroup = `${config.KAFKA_GROUP_ID}.dead-letter-tally`;
    const progress = new PartitionProgress();
    return {
      module: AggregatorModule,
      imports: [
        serviceLoggerModule(log),
        ObservabilityModule.forRoot({
          service: 'aggregator',
          readiness: [kafkaReady(kafka), progress.readiness(config.CONSUMER_STALL_AFTER_MS)],
          partitionProgress: progress,
        }),
      ],
      controllers: [TotalsController, IncidentsController, AdminController, OperationsController, ExportsController],
      providers: [
        { provide: AGGREGATOR_CONFIG, useValue: config },
        { provide: SERVICE_LOG, useValue: log },
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
        { provide: TotalsReader, inject: [DataSource], useFactory: (ds: DataSource) => new TotalsReader(ds) },
        { provide: IncidentReader, inject: [DataSource], useFactory: (ds: DataSource) => new IncidentReader(ds) },
        { provide: ExportReader, inject: [DataSource], useFactory: (ds: DataSource) => new ExportReader(ds) },
        AdminAccessGuard,
        ReadAccessGuard,
        {
          provide: TotalsWriter,
          inject: [DataSource],
          useFactory: (ds: DataSource) =>
            new TotalsWriter(ds, config.KAFKA_GROUP_ID, {
              // The gazetteer (about 0.6 s of CPU to load) is read at the first figure with a place, not at start.
              regionOf: (country, place) => regionLookup(Gazetteer.shared())(country, place),
              cachedReports: config.INCIDENT_CACHE_REPORTS,
            }),
        },
        {
          provide: TotalsOutbox,
          inject: [DataSource, PUBLISHER],
          useFactory: (ds: DataSource, publisher: MessagePublisher) => new TotalsOutbox(ds, publisher, log, topics.totalsUpdates),
        },
        {
          provide: ConflictEventConsumer,
          inject: [TotalsWriter, TotalsOutbox, PUBLISHER, SERVICE_METRICS],
          useFactory: (writer: TotalsWriter, outbox: TotalsOutbox, publisher: MessagePublisher, metrics: ServiceMetrics) =>
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
          inject: [SERVICE_METRICS],
          useFactory: (metrics: ServiceMetrics) =>
            new ConsumerLagPoller({ kafka, groupId: config.KAFKA_GROUP_ID, topics: [topics.conflictEvents], gauge: metrics.consumerLag, log }),
        },
        aggregatorLifecycle,
        // Dashboard (issue 7): the operations view's feed status and dead-letter counts.
        { provide: FetcherFeeds, useFactory: () => new FetcherFeeds(config.FETCHER_URL, config.FETCHER_ADMIN_API_KEY, log) },
        {
          provide: DeadLetterCounts,
          inject: [DataSource],
          useFactory: (ds: DataSource) => new DeadLetterCounts(ds, deadLetterTallyGroup),
        },
        {
          provide: DeadLetterTallyConsumer,
          inject: [DeadLetterCounts, PUBLISHER],
          useFactory: (counts: DeadLetterCounts, publisher: MessagePublisher) =>
            new DeadLetterTallyConsumer({
              kafka,
              groupId: deadLetterTallyGroup,
              topics,
              partitions: config.KAFKA_PARTITIONS,
              counts,
              deadLetters: publisher,
              log,
              progress,
            }),
        },
      ],
    };
  }
}
