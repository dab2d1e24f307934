import { deploymentTopics, RawArticleV1, rawArticleKey } from '@cw/contracts';
import { ensureDatabase } from '@cw/database';
import { createKafka, createMessagePublisher, ensureTopics, type MessagePublisher } from '@cw/kafka';
import {
  type BeforeApplicationShutdown,
  Controller,
  type DynamicModule,
  Get,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { FetcherConfig } from './config';
import { createFetcherDataSource } from './database/data-source';
import { FeedPoller } from './feed-poller/feed-poller';
import { FeedSchedule } from './feed-poller/feed-schedule';
import { SeenArticles } from './seen-articles';
import { GuardedHttpClient } from './web/guarded-http-client';

const PUBLISHER = Symbol('PUBLISHER');
const CONFIG = Symbol('CONFIG');

@Injectable()
class FetcherLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(FeedSchedule) private readonly schedule: FeedSchedule,
    @Inject(PUBLISHER) private readonly publisher: MessagePublisher,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: FetcherConfig,
  ) {}

  async onApplicationBootstrap() {
    const kafka = createKafka({ brokers: this.config.KAFKA_BROKERS, clientId: 'cw-fetcher' });
    const { rawArticles, deadLetters } = deploymentTopics(this.config.KAFKA_TOPIC_PREFIX);
    await ensureTopics(kafka, [rawArticles, deadLetters], this.config.KAFKA_PARTITIONS);
    this.schedule.start(this.config.FEED_URLS);
  }

  beforeApplicationShutdown() {
    return this.schedule.stop();
  }

  async onApplicationShutdown() {
    await this.publisher.close();
    await this.dataSource.destroy();
  }
}

@Controller('health')
class HealthController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}

@Module({})
export class FetcherModule {
  static forRoot(config: FetcherConfig, log: Logger): DynamicModule {
    return {
      module: FetcherModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: log, autoLogging: false } })],
      controllers: [HealthController],
      providers: [
        { provide: CONFIG, useValue: config },
        {
          provide: DataSource,
          useFactory: async () => {
            await ensureDatabase(config.DATABASE_URL);
            const dataSource = await createFetcherDataSource(config.DATABASE_URL).initialize();
            await dataSource.runMigrations({ transaction: 'each' });
            return dataSource;
          },
        },
        {
          provide: PUBLISHER,
          useFactory: async () => {
            const publisher = createMessagePublisher({ brokers: config.KAFKA_BROKERS, clientId: 'cw-fetcher' });
            await publisher.connect();
            return publisher;
          },
        },
        {
          provide: FeedSchedule,
          inject: [DataSource, PUBLISHER],
          useFactory: (dataSource: DataSource, publisher: MessagePublisher) => {
            const poller = new FeedPoller({
              http: new GuardedHttpClient({
                connectTimeoutMs: Math.min(10_000, config.HTTP_TIMEOUT_MS),
                responseTimeoutMs: config.HTTP_TIMEOUT_MS,
                maxBytes: config.HTTP_MAX_BYTES,
                maxRedirects: 5,
                userAgent: 'CasualtyWatch/0.1 (+https://github.com/casualty-watch)',
                allowPrivateHosts: config.ALLOW_PRIVATE_HOSTS,
              }),
              seen: new SeenArticles(dataSource),
              fetchArticlePages: config.FETCH_ARTICLE_PAGES,
              publish: (article) =>
                publisher.publish({ topic: deploymentTopics(config.KAFKA_TOPIC_PREFIX).rawArticles, schema: RawArticleV1 }, rawArticleKey(article), article, {
                  articleId: article.articleId,
                }),
              log,
            });
            return new FeedSchedule(poller, log, { intervalMs: config.FEED_POLL_INTERVAL_MS });
          },
        },
        FetcherLifecycle,
      ],
    };
  }
}
