import type { RegionOf } from '@cw/totals';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REGION_OF } from '../aggregator-core.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TotalsOutbox } from '../outbox/totals-outbox';
import { CorrectionsWriter } from './corrections-writer';
import { ReviewController } from './review.controller';
import { ReviewQueue } from './review-queue';

/** Review (issue 13): the queue, corrections applied like a batch of events, their import, and the audit log. */
@Module({
  imports: [OutboxModule],
  controllers: [ReviewController],
  providers: [
    { provide: ReviewQueue, inject: [DataSource], useFactory: (ds: DataSource) => new ReviewQueue(ds) },
    {
      provide: CorrectionsWriter,
      inject: [DataSource, REGION_OF, TotalsOutbox],
      // A correction's changes are published at once, as a batch's are.
      useFactory: (ds: DataSource, regionOf: RegionOf, outbox: TotalsOutbox) =>
        new CorrectionsWriter(ds, { regionOf, published: () => outbox.flush() }),
    },
  ],
})
export class ReviewModule {}
