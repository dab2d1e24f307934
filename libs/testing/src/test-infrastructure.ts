import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { uniqueName } from './unique-name';

export const TEST_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
export const TEST_POSTGRES = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Fails (never skips) when the broker is not there: an integration test that quietly skips proves
 * nothing, in CI or anywhere else.
 */
export const requireKafka = async (): Promise<Kafka> => {
  const kafka = new Kafka({ brokers: TEST_BROKERS, clientId: 'cw-test', logLevel: logLevel.NOTHING, retry: { retries: 2 } });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } catch (error) {
    throw new Error(`Kafka is not reachable at ${TEST_BROKERS.join(',')} (start it with npm run kafka:start): ${(error as Error).message}`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return kafka;
};

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file; its name always says test. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const name = uniqueName('cw_test').replace(/-/g, '_');
  const admin = new Client({ connectionString: TEST_POSTGRES });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Postgres is not reachable at ${TEST_POSTGRES}: ${(error as Error).message}`);
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(TEST_POSTGRES);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new Client({ connectionString: TEST_POSTGRES });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
};
