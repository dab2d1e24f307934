import { ConfigError, env, loadConfig, variable, type ConfigValues } from '@cw/config';
import { z } from 'zod';

// "amina:<key>,joel:<key>": each analyst's own key, so every correction names who made it.
const reviewerKeys = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((pair) => pair.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(/^[A-Za-z0-9._-]{1,64}:.{16,}$/, 'each reviewer is name:key, the name letters, digits, . _ or -, the key at least 16 characters')
        .transform((pair) => ({ name: pair.slice(0, pair.indexOf(':')), key: pair.slice(pair.indexOf(':') + 1) })),
    ),
  )
  .refine((reviewers) => new Set(reviewers.map((r) => r.name)).size === reviewers.length, 'two reviewers share a name')
  .refine((reviewers) => new Set(reviewers.map((r) => r.key)).size === reviewers.length, 'two reviewers share a key');

export const aggregatorConfigSchema = {
  KAFKA_BROKERS: variable(env.brokers(), 'Kafka bootstrap brokers, host:port[,host:port]', { default: '127.0.0.1:9092' }),
  KAFKA_TOPIC_PREFIX: variable(z.string().regex(/^[A-Za-z0-9._-]*$/), 'prefix of every topic name, to share one cluster between deployments', {
    default: '',
  }),
  KAFKA_PARTITIONS: variable(env.integer(1, 1000), 'partitions of each topic the project creates', { default: '3' }),
  KAFKA_GROUP_ID: variable(z.string().min(1), 'consumer group of the aggregators', { default: 'cw-aggregator' }),
  APPLY_BATCH_SIZE: variable(env.integer(1, 10_000), 'most conflict events applied in one database transaction', { default: '500' }),
  INCIDENT_CACHE_REPORTS: variable(
    env.integer(0, 10_000_000),
    'reports of recently written or read incidents kept in memory between batches (about 1.2 KB each with their incident: 20,000 take 25 MB); 0 reads every incident back',
    { default: '20000' },
  ),
  CONSUMER_STALL_AFTER_MS: variable(env.integer(1_000), 'a partition holding the same unprocessed message this long makes /health/ready answer 503', {
    default: '120000',
  }),
  DATABASE_URL: variable(env.postgresUrl(), 'Postgres URL of the totals store (created if missing)', {
    default: 'postgres://postgres@127.0.0.1:5432/casualty_watch',
  }),
  HTTP_PORT: variable(env.integer(0, 65535), 'port of the totals and admin API', { default: '3002' }),
  HTTP_HOST: variable(z.string().min(1), 'address the totals API listens on', { default: '127.0.0.1' }),
  ADMIN_API_KEY: variable(
    z.union([z.literal(''), z.string().min(16, 'at least 16 characters')]),
    'key for the admin routes (Authorization: Bearer <key> or x-api-key); empty: admin routes refuse every request',
    { default: '', secret: true },
  ),
  PUBLIC_READS: variable(
    env.boolean(),
    'whether totals, incidents and tallies may be read without a key (false: any key of READER_API_KEY, REVIEWER_API_KEYS or ADMIN_API_KEY)',
    {
      default: 'true',
    },
  ),
  READER_API_KEY: variable(
    z.union([z.literal(''), z.string().min(16, 'at least 16 characters')]),
    'key that may read totals, incidents and tallies when PUBLIC_READS=false, and nothing else; empty: none',
    { default: '', secret: true },
  ),
  REVIEWER_API_KEYS: variable(
    reviewerKeys,
    'analysts who may read the review queue and correct figures and incidents, and nothing an admin does (feeds, outbox, imports): name:key[,name:key], the name is who the audit log and every correction say made it; empty: none',
    { default: '', secret: true },
  ),
  REVIEW_CONFIDENCE_BELOW: variable(
    z
      .string()
      .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'not a number from 0 to 1')
      .transform(Number),
    'a figure read with less confidence than this (0 to 1) goes to the review queue; it still counts until someone rejects it',
    { default: '0.5' },
  ),
  FETCHER_URL: variable(
    z.url({ protocol: /^https?$/, error: 'not an http(s) URL' }),
    "base URL of the fetcher's admin API, for feed status on the dashboard",
    {
      default: 'http://127.0.0.1:3000',
    },
  ),
  FETCHER_ADMIN_API_KEY: variable(z.string(), "the fetcher's ADMIN_API_KEY, sent when reading its feed status; empty: feed status is not read", {
    default: '',
    secret: true,
  }),
  LOG_LEVEL: variable(env.logLevel(), 'least severe log level written', { default: 'info' }),
};

export type AggregatorConfig = ConfigValues<typeof aggregatorConfigSchema>;
export const AGGREGATOR_CONFIG = Symbol('AGGREGATOR_CONFIG');

/** The configuration, every problem reported at once; a key given to two roles is one (a reader could review). */
export const loadAggregatorConfig = (source: Record<string, string | undefined>): AggregatorConfig => {
  const config = loadConfig('aggregator', aggregatorConfigSchema, source);
  const roleKeys = [config.ADMIN_API_KEY, config.READER_API_KEY, ...config.REVIEWER_API_KEYS.map((r) => r.key)].filter(Boolean);
  if (new Set(roleKeys).size !== roleKeys.length)
    throw new ConfigError('aggregator', [
      {
        name: 'REVIEWER_API_KEYS',
        problem: 'the value is invalid: a key is given to two roles (ADMIN_API_KEY, READER_API_KEY, REVIEWER_API_KEYS)',
        description: aggregatorConfigSchema.REVIEWER_API_KEYS.description,
      },
    ]);
  return config;
};
