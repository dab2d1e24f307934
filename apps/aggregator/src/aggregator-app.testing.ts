import type { DeploymentTopics } from '@cw/contracts';
import { createServiceLog } from '@cw/service';
import { createTestDatabase, type TestDatabase, TEST_BROKERS, uniqueName } from '@cw/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AggregatorModule } from './aggregator.module';
import { loadAggregatorConfig } from './config';
import { serveOpenApi } from './open-api';

export interface TestAggregator {
  app: INestApplication;
  database: TestDatabase;
  /** http://127.0.0.1:port */
  base: string;
}

/**
 * The aggregator in this process as main.ts builds it (OpenAPI document included), on the test broker under the
 * topics' prefix, with a fresh database and a group of its own, listening on a free port. `env` adds or overrides
 * settings (keys, PUBLIC_READS). The caller closes `app` and drops `database`.
 */
export async function startTestAggregator(topics: DeploymentTopics, env: Record<string, string> = {}): Promise<TestAggregator> {
  const database = await createTestDatabase();
  const config = loadAggregatorConfig({
    KAFKA_BROKERS: TEST_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: topics.conflictEvents.replace('cw.conflict-events.v1', ''),
    KAFKA_GROUP_ID: uniqueName('aggregator'),
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    ...env,
  });
  const app = await NestFactory.create(AggregatorModule.forRoot(config, createServiceLog('aggregator', 'warn')), { logger: false });
  serveOpenApi(app);
  await app.listen(0, '127.0.0.1');
  return { app, database, base: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}
