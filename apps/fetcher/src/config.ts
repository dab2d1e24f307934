import { env, loadConfig, variable, type ConfigValues } from '@cw/config';
import { z } from 'zod';

export const fetcherConfigSchema = {
  FEED_URLS: variable(env.httpUrls(), 'comma-separated RSS/Atom/RDF feed URLs to poll', { default: '' }),
  FEED_POLL_INTERVAL_MS: variable(env.integer(1000), 'how often each feed is polled, in ms', { default: '300000' }),
  FETCH_ARTICLE_PAGES: variable(env.boolean(), 'fetch each new article page for its full text', { default: 'true' }),
  ALLOW_PRIVATE_HOSTS: variable(env.list(), 'hosts or CIDRs on private/loopback addresses that may be fetched (demo, tests)', {
    default: '',
  }),
  HTTP_TIMEOUT_MS: variable(env.integer(100, 600_000), 'limit on one whole HTTP response, in ms', { default: '20000' }),
  HTTP_MAX_BYTES: variable(env.integer(1024, 1_000_000_000), 'largest feed or page body accepted, in bytes', { default: '10000000' }),
  KAFKA_BROKERS: variable(env.brokers(), 'Kafka bootstrap brokers, host:port[,host:port]', { default: '127.0.0.1:9092' }),
  KAFKA_TOPIC_PREFIX: variable(z.string().regex(/^[A-Za-z0-9._-]*$/), 'prefix of every topic name, to share one cluster between deployments', {
    default: '',
  }),
  KAFKA_PARTITIONS: variable(env.integer(1, 1000), 'partitions of each topic the project creates', { default: '3' }),
  DATABASE_URL: variable(env.postgresUrl(), 'Postgres URL of the seen-articles store (created if missing)', {
    default: 'postgres://postgres@127.0.0.1:5432/casualty_watch',
  }),
  HTTP_PORT: variable(env.integer(0, 65535), 'port of the health endpoint', { default: '3000' }),
  HTTP_HOST: variable(z.string().min(1), 'address the HTTP endpoints listen on', { default: '127.0.0.1' }),
  LOG_LEVEL: variable(env.logLevel(), 'least severe log level written', { default: 'info' }),
};

export type FetcherConfig = ConfigValues<typeof fetcherConfigSchema>;

export const loadFetcherConfig = (source: Record<string, string | undefined>): FetcherConfig =>
  loadConfig('fetcher', fetcherConfigSchema, source);
