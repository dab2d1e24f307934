import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { AddressPolicy, portOf } from '@cw/feeds';
import { parseOr400 } from '@cw/service';
import { AdminKeyGuard } from '../admin/admin-key.guard';
import { FeedSchedule } from '../feed-poller/feed-schedule';
import { FeedRegistry } from './feed-registry';
import { FeedIdParam, FeedListQuery, NewFeedRequest } from './feed-request';
import { feedView } from './feed-view';

/** The feed registry over HTTP, for operators: every route needs the admin key. */
@Controller('feeds')
@UseGuards(AdminKeyGuard)
export class FeedsController {
  constructor(
    @Inject(FeedRegistry) private readonly registry: FeedRegistry,
    @Inject(FeedSchedule) private readonly schedule: FeedSchedule,
    @Inject(AddressPolicy) private readonly addresses: AddressPolicy,
  ) {}

  @Get()
  async list(@Query() query: Record<string, unknown>) {
    const page = parseOr400(FeedListQuery, query);
    const feeds = await this.registry.list(page);
    return {
      feeds: feeds.map(feedView),
      next: feeds.length === page.limit ? feeds[feeds.length - 1].id : null,
    };
  }

  @Get(':id')
  async one(@Param('id') id: string) {
    return feedView(await this.found(id));
  }

  @Post()
  async add(@Body() body: unknown) {
    const request = parseOr400(NewFeedRequest, body ?? {});
    // An IP literal on a refused range can be judged now; host names are judged at each request.
    const refusal = this.addresses.refusalOfHost(new URL(request.url).hostname, portOf(new URL(request.url)));
    if (refusal) throw new BadRequestException(`url: address refused: ${refusal}`);
    const { feed, created } = await this.registry.add(request);
    if (!created)
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: 'this feed is already registered',
        id: feed.id,
      });
    // Polled at once by this fetcher if it has a free place; otherwise another fetcher's next look finds it.
    this.schedule.wake();
    return feedView(feed);
  }

  // Pausing and removing need no word to any fetcher: a claim never takes a paused or removed feed, and
  // a poll under way when the pause came is recorded, then not polled again.
  @Post(':id/pause')
  @HttpCode(200)
  async pause(@Param('id') id: string) {
    const feed = await this.registry.setPaused(parseOr400(FeedIdParam, id), true);
    if (!feed) throw new NotFoundException('no such feed');
    return feedView(feed);
  }

  @Post(':id/resume')
  @HttpCode(200)
  async resume(@Param('id') id: string) {
    const feed = await this.registry.setPaused(parseOr400(FeedIdParam, id), false);
    if (!feed) throw new NotFoundException('no such feed');
    this.schedule.wake();
    return feedView(feed);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    if (!(await this.registry.remove(parseOr400(FeedIdParam, id)))) throw new NotFoundException('no such feed');
  }

  private async found(id: string) {
    const feed = await this.registry.get(parseOr400(FeedIdParam, id));
    if (!feed) throw new NotFoundException('no such feed');
    return feed;
  }
}
