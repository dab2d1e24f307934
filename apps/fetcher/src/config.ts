import { env, loadConfig, variable, type ConfigValues } from '@cw/config';
import { z } from 'zod';

export const fetcherConfigSchema = {
  FEED_URLS: variable(env.httpUrls(), 'comma-separated RSS/Atom/RDF feed URLs added to the feed registry at start', { default: '' }),
  FEEDS_FILE: variable(
    z.string(),
    'path of a YAML or JSON list of feeds ({ url, title?, paused? }) added to the feed registry at start; empty for none',
    {
      default: '',
    },
  ),
  FEED_POLL_INTERVAL_MS: variable(env.integer(1000), 'how often each feed is polled, in ms', { default: '300000' }),
  FEED_MAX_BACKOFF_MS: variable(env.integer(1000), 'longest wait before retrying a failing feed, in ms (Retry-After may ask for longer)', {
    default: '3600000',
  }),
  FEED_MAX_ITEMS_PER_POLL: variable(
    env.integer(1, 100_000),
    'most new items published per poll of one feed, newest first; the rest wait for the next poll',
    {
      default: '200',
    },
  ),
  FEED_LEASE_MS: variable(
    env.integer(1000, 3_600_000),
    "how long a fetcher's claim on a feed lasts unless renewed (every third of it, while polling); a dead fetcher's feeds move to the others after this, in ms",
    { default: '30000' },
  ),
  FEED_CONCURRENCY: variable(
    env.integer(1, 1000),
    'most feeds one fetcher polls at once (a silent feed holds its place up to HTTP_TIMEOUT_MS); it claims no more, so the fetchers sharing the feeds split them',
    { default: '32' },
  ),
  FETCH_ARTICLE_PAGES: variable(env.boolean(), 'fetch each new article page for its full text', { default: 'true' }),
  HOST_CONCURRENCY: variable(
    env.integer(1, 64),
    'most requests at once to one host, feed polls and article pages together, across every fetcher on the database',
    { default: '2' },
  ),
  SAME_STORY_WINDOW_HOURS: variable(env.integer(1, 24 * 60), 'how far back a copy of the same story (from another feed) is looked for, in hours', {
    default: '72',
  }),
  ALLOW_PRIVATE_HOSTS: variable(
    env.list(),
    'private/loopback host:port pairs that may be fetched (demo, tests): "127.0.0.1:8790", "feeds.lan:443", "10.0.0.0/8:443"; "*" as the port allows every port',
    {
      default: '',
    },
  ),
  HTTP_TIMEOUT_MS: variable(env.integer(100, 600_000), 'limit on one whole HTTP response, in ms', { default: '20000' }),
  HTTP_MAX_BYTES: variable(env.integer(1024, 1_000_000_000), 'largest feed or page body accepted, in bytes', { default: '10000000' }),
  KAFKA_BROKERS: variable(env.brokers(), 'Kafka bootstrap brokers, host:port[,host:port]', { default: '127.0.0.1:9092' }),
  KAFKA_TOPIC_PREFIX: variable(z.string().regex(/^[A-Za-z0-9._-]*$/), 'prefix of every topic name, to share one cluster between deployments', {
    default: '',
  }),
  KAFKA_PARTITIONS: variable(env.integer(1, 1000), 'partitions of each topic the project creates', { default: '3' }),
  DATABASE_URL: variable(env.postgresUrl(), 'Postgres URL of the feed registry and seen-articles store (created if missing)', {
    default: 'postgres://postgres@127.0.0.1:5432/casualty_watch',
  }),
  // Empty means "no key": the admin routes then answer 503 rather than run open. The empty default is
  // the switch, not a key; a real key is at least 16 characters and never printed.
  ADMIN_API_KEY: variable(
    z.string().refine((key) => key === '' || key.length >= 16, 'shorter than 16 characters'),
    'key of the feed admin API (Authorization: Bearer <key> or x-api-key); empty switches the admin API off',
    { default: '', secret: true },
  ),
  HTTP_PORT: variable(env.integer(0, 65535), 'port of the health endpoint and the feed admin API', { default: '3000' }),
  HTTP_HOST: variable(z.string().min(1), 'address the HTTP endpoints listen on', { default: '127.0.0.1' }),
  LOG_LEVEL: variable(env.logLevel(), 'least severe log level written', {
    default: 'info',
  }),
};

export type FetcherConfig = ConfigValues<typeof fetcherConfigSchema>;

export const loadFetcherConfig = (source: Record<string, string | undefined>): FetcherConfig => loadConfig('fetcher', fetcherConfigSchema, source);

/** Nest token of the parsed configuration. */
export const FETCHER_CONFIG = Symbol('FETCHER_CONFIG');
