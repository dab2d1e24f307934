import { env, loadConfig, variable, type ConfigValues } from '@cw/config';
import { z } from 'zod';

export const extractorConfigSchema = {
  KAFKA_BROKERS: variable(env.brokers(), 'Kafka bootstrap brokers, host:port[,host:port]', { default: '127.0.0.1:9092' }),
  KAFKA_TOPIC_PREFIX: variable(z.string().regex(/^[A-Za-z0-9._-]*$/), 'prefix of every topic name, to share one cluster between deployments', {
    default: '',
  }),
  KAFKA_PARTITIONS: variable(env.integer(1, 1000), 'partitions of each topic the project creates', { default: '3' }),
  KAFKA_GROUP_ID: variable(z.string().min(1), 'consumer group of the extractors (instances share the work)', {
    default: 'cw-extractor',
  }),
  EXTRACTION_BUDGET_MS: variable(env.integer(100, 60_000), 'longest one article may be read for, in ms; a slower one is dead-lettered as too costly', {
    default: '2000',
  }),
  CONSUMER_STALL_AFTER_MS: variable(env.integer(1_000), 'a partition holding the same unprocessed message this long makes /health/ready answer 503', {
    default: '120000',
  }),
  HTTP_PORT: variable(env.integer(0, 65535), 'port of the health and metrics endpoints', { default: '3001' }),
  HTTP_HOST: variable(z.string().min(1), 'address the HTTP endpoints listen on', { default: '127.0.0.1' }),
  LOG_LEVEL: variable(env.logLevel(), 'least severe log level written', { default: 'info' }),
};

export type ExtractorConfig = ConfigValues<typeof extractorConfigSchema>;

export const loadExtractorConfig = (source: Record<string, string | undefined>): ExtractorConfig =>
  loadConfig('extractor', extractorConfigSchema, source);
