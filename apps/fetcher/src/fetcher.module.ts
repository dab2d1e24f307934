import { serviceLoggerModule } from '@cw/service';
import { deploymentTopics, RawArticleV1, rawArticleKey } from '@cw/contracts';
import { AddressPolicy } from '@cw/feeds';
import { createKafka, type MessagePublisher, messagePublisherProvider } from '@cw/kafka';
import { kafkaReady, ObservabilityModule, postgresReady, ReadinessChecks, SERVICE_METRICS, type ServiceMetrics } from '@cw/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ADMIN_API_KEY, AdminKeyGuard } from './admin/admin-key.guard';
import { FETCHER_CONFIG, type FetcherConfig } from './config';
import { openFetcherDataSource } from './database/open-fetcher-data-source';
import { FeedPoller } from './feed-poller/feed-poller';
import { FeedSchedule } from './feed-poller/feed-schedule';
import { HostSlots } from './feed-poller/host-slots';
import { FeedRegistry } from './feeds/feed-registry';
import { FeedsController } from './feeds/feeds.controller';
import { fetcherLifecycle, KAFKA, PUBLISHER, SERVICE_LOG } from './fetcher-lifecycle';
import { SeenArticles } from './seen-articles';
import { GuardedHttpClient } from './web/guarded-http-client';

@Module({})
export class FetcherModule {
  static forRoot(config: FetcherConfig, log: Logger): DynamicModule {
    const rawArticles = deploymentTopics(config.KAFKA_TOPIC_PREFIX).rawArticles;
    const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'cw-fetcher' });
    // Names this process in feed leases and host slots (and GET /feeds' polledBy): the host and pid say
    // which fetcher it is; the random part keeps a restarted container (same host name, pid 1) apart
    // from the incarnation it replaces.
    const holder = `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
    return {
      module: FetcherModule,
      imports: [
        serviceLoggerModule(log),
        ObservabilityModule.forRoot({
          service: 'fetcher',
          readiness: [kafkaReady(kafka)],
        }),
      ],
      controllers: [FeedsController],
      providers: [
        { provide: FETCHER_CONFIG, useValue: config },
        { provide: SERVICE_LOG, useValue: log },
        { provide: ADMIN_API_KEY, useValue: config.ADMIN_API_KEY },
        AdminKeyGuard,
        {
          provide: AddressPolicy,
          useValue: new AddressPolicy(config.ALLOW_PRIVATE_HOSTS),
        },
        {
          provide: DataSource,
          inject: [ReadinessChecks],
          useFactory: async (readiness: ReadinessChecks) => {
            const dataSource = await openFetcherDataSource(config.DATABASE_URL);
            readiness.add(postgresReady(dataSource));
            return dataSource;
          },
        },
        messagePublisherProvider(PUBLISHER, { brokers: config.KAFKA_BROKERS, clientId: 'cw-fetcher' }),
        { provide: KAFKA, useValue: kafka },
        {
          provide: GuardedHttpClient,
          useFactory: () =>
            new GuardedHttpClient({
              connectTimeoutMs: Math.min(10_000, config.HTTP_TIMEOUT_MS),
              responseTimeoutMs: config.HTTP_TIMEOUT_MS,
              maxBytes: config.HTTP_MAX_BYTES,
              maxRedirects: 5,
              userAgent: 'CasualtyWatch/0.1 (+https://github.com/casualty-watch)',
              allowPrivateHosts: config.ALLOW_PRIVATE_HOSTS,
            }),
        },
        {
          provide: FeedRegistry,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new FeedRegistry(dataSource),
        },
        {
          provide: FeedSchedule,
          inject: [DataSource, PUBLISHER, GuardedHttpClient, FeedRegistry, SERVICE_METRICS],
          useFactory: (
            dataSource: DataSource,
            publisher: MessagePublisher,
            http: GuardedHttpClient,
            feeds: FeedRegistry,
            metrics: ServiceMetrics,
          ) => {
            const poller = new FeedPoller({
              http,
              hosts: new HostSlots(dataSource, {
                holder,
                perHost: config.HOST_CONCURRENCY,
                holdMs: config.FEED_LEASE_MS,
                log,
              }),
              seen: new SeenArticles(dataSource, {
                hours: config.SAME_STORY_WINDOW_HOURS,
                maxStories: 20_000,
              }),
              fetchArticlePages: config.FETCH_ARTICLE_PAGES,
              maxItemsPerPoll: config.FEED_MAX_ITEMS_PER_POLL,
              publish: async (article) => {
                await publisher.publish({ topic: rawArticles, schema: RawArticleV1 }, rawArticleKey(article), article, {
                  articleId: article.articleId,
                });
                metrics.articlesPublished.inc();
                metrics.articlesFetched.inc({ feed: article.feedUrl ? new URL(article.feedUrl).host : 'unknown' });
              },
              log,
            });
            return new FeedSchedule({
              feeds,
              poller,
              log,
              holder,
              intervalMs: config.FEED_POLL_INTERVAL_MS,
              maxBackoffMs: config.FEED_MAX_BACKOFF_MS,
              leaseMs: config.FEED_LEASE_MS,
              concurrency: config.FEED_CONCURRENCY,
            });
          },
        },
        fetcherLifecycle,
      ],
    };
  }
}
