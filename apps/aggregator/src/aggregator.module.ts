import { createKafka, type MessagePublisher } from '@cw/kafka';
import { ConsumerLagPoller, kafkaReady, ObservabilityModule, PartitionProgress } from '@cw/observability';
import { serviceLifecycle } from '@cw/service';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AggregatorCoreModule, PUBLISHER } from './aggregator-core.module';
import type { AggregatorConfig } from './config';
import { DashboardModule } from './dashboard/dashboard.module';
import { OutboxModule } from './outbox/outbox.module';
import { ReadApiModule } from './read-api/read-api.module';
import { ReviewModule } from './review/review.module';
import { ConflictEventConsumer } from './totals/conflict-event.consumer';
import { TotalsWriteModule } from './totals/totals-write.module';

// Stop: the lag poller, then the consumer (the batch in hand commits or rolls back whole), then the
// producer and the pool. The dead-letter tally consumer starts and stops on its own hooks.
const aggregatorLifecycle = serviceLifecycle({
  inject: [ConflictEventConsumer, ConsumerLagPoller, PUBLISHER, DataSource],
  plan: (consumer: ConflictEventConsumer, lag: ConsumerLagPoller, publisher: MessagePublisher, dataSource: DataSource) => ({
    workers: [consumer, lag],
    resources: [publisher, { close: () => dataSource.destroy() }],
  }),
});

/**
 * The aggregator: one module per job (issue 13, "the house"), over the shared providers of AggregatorCoreModule.
 * - totals/totals-write.module.ts: conflict events -> incidents, totals, history, review items, one transaction a batch
 * - read-api/read-api.module.ts: totals, changes, incidents, tallies, CSV exports
 * - outbox/outbox.module.ts: history rows -> cw.totals-updates.v1
 * - dashboard/dashboard.module.ts: operator status, feed status, dead-letter counts
 * - review/review.module.ts: the review queue, corrections, their import, the audit log
 */
@Module({})
export class AggregatorModule {
  static forRoot(config: AggregatorConfig, log: Logger): DynamicModule {
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'cw-aggregator' });
    const progress = new PartitionProgress();
    return {
      module: AggregatorModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'aggregator',
          readiness: [kafkaReady(kafka), progress.readiness(config.CONSUMER_STALL_AFTER_MS)],
          partitionProgress: progress,
        }),
        AggregatorCoreModule.forRoot(config, log, { kafka, progress }),
        TotalsWriteModule,
        OutboxModule,
        ReadApiModule,
        DashboardModule,
        ReviewModule,
      ],
      providers: [aggregatorLifecycle],
    };
  }
}
