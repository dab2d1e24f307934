import { Controller, Get, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { TotalsOutbox } from '../totals/totals-outbox';
import { AdminAccessGuard } from './access.guard';

@ApiTags('admin')
@ApiSecurity('api-key')
@UseGuards(AdminAccessGuard)
@Controller('admin')
export class AdminController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TotalsOutbox) private readonly outbox: TotalsOutbox,
  ) {}

  /** What an operator checks first: how far each partition is applied, and what waits to be published. */
  @Get('status')
  async status() {
    const [offsets, [counts]] = await Promise.all([
      this.dataSource.query(
        `SELECT group_id AS "groupId", topic, partition, next_offset::text AS "nextOffset" FROM consumer_offsets ORDER BY 1, 2, 3`,
      ),
      this.dataSource.query(
        `SELECT (SELECT count(*) FROM applied_figures)::int AS "appliedFigures", (SELECT count(*) FROM incidents)::int AS incidents,
                (SELECT count(*) FROM reported_tallies)::int AS tallies,
                (SELECT count(*) FROM totals_history WHERE NOT published)::int AS "unpublishedUpdates"`,
      ),
    ]);
    return { offsets, ...counts };
  }

  @Post('outbox/flush')
  async flush() {
    return { published: await this.outbox.flush() };
  }
}
