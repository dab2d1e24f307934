import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AdminAccessGuard } from '../admin/access.guard';
import { DeadLetterCounts } from './dead-letter-counts';
import { FetcherFeeds } from './fetcher-feeds';

/** What the dashboard's operations view shows: feed status from the fetcher, and dead-letter counts. */
@ApiTags('admin')
@ApiSecurity('api-key')
@UseGuards(AdminAccessGuard)
@Controller('admin')
export class OperationsController {
  constructor(
    @Inject(FetcherFeeds) private readonly feeds: FetcherFeeds,
    @Inject(DeadLetterCounts) private readonly deadLetterCounts: DeadLetterCounts,
  ) {}

  @Get('feeds')
  feedStatus() {
    return this.feeds.status();
  }

  @Get('dead-letters')
  async deadLetters() {
    const counts = await this.deadLetterCounts.list();
    return { total: counts.reduce((sum, c) => sum + c.count, 0), deadLetters: counts };
  }
}
