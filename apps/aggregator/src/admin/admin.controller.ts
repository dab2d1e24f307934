import { AdminStatus } from '@cw/contracts';
import { Controller, Get, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { openApiSchema } from '../open-api';
import { TotalsOutbox } from '../outbox/totals-outbox';
import { Actor, AdminAccessGuard, type Principal } from './access.guard';
import { recordAudit } from './audit-log';

@ApiTags('admin')
@ApiSecurity('api-key')
@UseGuards(AdminAccessGuard)
@Controller('admin')
export class AdminController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TotalsOutbox) private readonly outbox: TotalsOutbox,
  ) {}

  /** What an operator checks first: how far each partition is applied, and what waits to be published or reviewed. */
  @Get('status')
  @ApiOkResponse({ schema: openApiSchema(AdminStatus) })
  async status(): Promise<AdminStatus> {
    const [offsets, [counts]] = await Promise.all([
      this.dataSource.query(
        `SELECT group_id AS "groupId", topic, partition, next_offset::text AS "nextOffset" FROM consumer_offsets ORDER BY 1, 2, 3`,
      ),
      this.dataSource.query(
        `SELECT (SELECT count(*) FROM applied_figures)::int AS "appliedFigures", (SELECT count(*) FROM incidents)::int AS incidents,
                (SELECT count(*) FROM reported_tallies)::int AS tallies,
                (SELECT count(*) FROM totals_history WHERE NOT published)::int AS "unpublishedUpdates",
                (SELECT count(*) FROM review_items WHERE closed_at IS NULL)::int AS "openReviewItems"`,
      ),
    ]);
    return { offsets, ...counts };
  }

  @Post('outbox/flush')
  async flush(@Actor() actor: Principal) {
    const published = await this.outbox.flush();
    await recordAudit(this.dataSource, { actor, action: 'outbox.flush', detail: { published } });
    return { published };
  }
}
