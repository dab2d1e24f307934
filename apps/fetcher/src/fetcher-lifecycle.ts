import { deploymentTopics } from '@cw/contracts';
import { configuredFeeds } from '@cw/feeds';
import { ensureTopics, type MessagePublisher, type StructuredLog } from '@cw/kafka';
import { serviceLifecycle } from '@cw/service';
import type { Kafka } from 'kafkajs';
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
export const fetcherLifecycle = serviceLifecycle({
  inject: [FeedSchedule, FeedRegistry, GuardedHttpClient, PUBLISHER, DataSource, FETCHER_CONFIG, SERVICE_LOG, KAFKA],
  plan: (
    schedule: FeedSchedule,
    registry: FeedRegistry,
    http: GuardedHttpClient,
    publisher: MessagePublisher,
    dataSource: DataSource,
    config: FetcherConfig,
    log: StructuredLog,
    kafka: Kafka,
  ) => ({
    prepare: async () => {
      const { rawArticles, deadLetters } = deploymentTopics(config.KAFKA_TOPIC_PREFIX);
      await ensureTopics(kafka, [rawArticles, deadLetters], config.KAFKA_PARTITIONS);
      const fromFile = config.FEEDS_FILE ? await readFeedSeeds(config.FEEDS_FILE) : [];
      const seeds = configuredFeeds(fromFile, config.FEED_URLS);
      await registry.seed(seeds);
      log.info({ fromFile: fromFile.length, configured: seeds.length }, 'feed registry seeded');
    },
    workers: [schedule],
    resources: [http, publisher, { close: () => dataSource.destroy() }],
  }),
});
