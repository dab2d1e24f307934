import type { DeploymentTopics } from '@cw/contracts';
import type { MessagePublisher } from '@cw/kafka';
import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { PUBLISHER, SERVICE_LOG, TOPICS } from '../aggregator-core.module';
import { TotalsOutbox } from './totals-outbox';

/** The outbox: history rows published on cw.totals-updates.v1 after their transaction committed. */
@Module({
  providers: [
    {
      provide: TotalsOutbox,
      inject: [DataSource, PUBLISHER, SERVICE_LOG, TOPICS],
      useFactory: (ds: DataSource, publisher: MessagePublisher, log: Logger, topics: DeploymentTopics) =>
        new TotalsOutbox(ds, publisher, log, topics.totalsUpdates),
    },
  ],
  exports: [TotalsOutbox],
})
export class OutboxModule {}
