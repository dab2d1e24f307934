import { deploymentTopics } from '@cw/contracts';
import { createKafka, createMessagePublisher, type MessagePublisher } from '@cw/kafka';
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
import type { ExtractorConfig } from './config';
import { RawArticleConsumer } from './raw-article.consumer';

const PUBLISHER = Symbol('PUBLISHER');

@Injectable()
class ExtractorLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(RawArticleConsumer) private readonly consumer: RawArticleConsumer,
    @Inject(PUBLISHER) private readonly publisher: MessagePublisher,
  ) {}

  onApplicationBootstrap() {
    return this.consumer.start();
  }

  // The article in hand is published and committed, or left uncommitted for the next instance.
  beforeApplicationShutdown() {
    return this.consumer.stop();
  }

  onApplicationShutdown() {
    return this.publisher.close();
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
export class ExtractorModule {
  static forRoot(config: ExtractorConfig, log: Logger): DynamicModule {
    return {
      module: ExtractorModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: log, autoLogging: false } })],
      controllers: [HealthController],
      providers: [
        {
          provide: PUBLISHER,
          useFactory: async () => {
            const publisher = createMessagePublisher({ brokers: config.KAFKA_BROKERS, clientId: 'cw-extractor' });
            await publisher.connect();
            return publisher;
          },
        },
        {
          provide: RawArticleConsumer,
          inject: [PUBLISHER],
          useFactory: (publisher: MessagePublisher) =>
            new RawArticleConsumer({
              kafka: createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'cw-extractor' }),
              groupId: config.KAFKA_GROUP_ID,
              topics: deploymentTopics(config.KAFKA_TOPIC_PREFIX),
              partitions: config.KAFKA_PARTITIONS,
              publisher,
              log,
            }),
        },
        ExtractorLifecycle,
      ],
    };
  }
}
