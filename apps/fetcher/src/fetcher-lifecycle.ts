import { deploymentTopics } from '@cw/contracts';
import { configuredFeeds } from '@cw/feeds';
import { ensureTopics, type MessagePublisher, type StructuredLog } from '@cw/kafka';
import type { Kafka } from 'kafkajs';
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FETCHER_CONFIG, type FetcherConfig } from './config';
import { FeedSchedule } from './feed-poller/feed-schedule';
import { FeedRegistry } from './feeds/feed-registry';
import { readFeedSeeds } from './feeds/feed-seeds';
import { GuardedHttpClient } from './web/guarded-http-client';

export const PUBLISHER = Symbol('PUBLISHER');
export const KAFKA = Symbol('KAFKA');
export const SERVICE_LOG = Symbol('SERVICE_LOG');

/**
 * Start: topics exist, the configured feeds are in the registry, the schedule runs. Stop, in order:
 * no new polls and the polls under way finish (each article is published then remembered, never half),
 * then the HTTP client, Kafka and Postgres close.
 */
@Injectable()
export class FetcherLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(FeedSchedule) private readonly schedule: FeedSchedule,
    @Inject(FeedRegistry) private readonly registry: FeedRegistry,
    @Inject(GuardedHttpClient) private readonly http: GuardedHttpClient,
    @Inject(PUBLISHER) private readonly publisher: MessagePublisher,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(FETCHER_CONFIG) private readonly config: FetcherConfig,
    @Inject(SERVICE_LOG) private readonly log: StructuredLog,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {}

  async onApplicationBootstrap() {
    const { rawArticles, deadLetters } = deploymentTopics(this.config.KAFKA_TOPIC_PREFIX);
    await ensureTopics(this.kafka, [rawArticles, deadLetters], this.config.KAFKA_PARTITIONS);
    const fromFile = this.config.FEEDS_FILE ? await readFeedSeeds(this.config.FEEDS_FILE) : [];
    const seeds = configuredFeeds(fromFile, this.config.FEED_URLS);
    await this.registry.seed(seeds);
    this.log.info({ fromFile: fromFile.length, configured: seeds.length }, 'feed registry seeded');
    await this.schedule.start();
  }

  async beforeApplicationShutdown() {
    await this.schedule.stop();
    await this.http.close();
  }

  async onApplicationShutdown() {
    await this.publisher.close();
    await this.dataSource.destroy();
  }
}
