import { DataSource } from 'typeorm';
import { CreateSeenArticles1767000000000 } from './migrations/1767000000000-create-seen-articles';
import { CreateFeeds1767200000000 } from './migrations/1767200000000-create-feeds';
import { AddFeedLeases1767300000000 } from './migrations/1767300000000-add-feed-leases';

export const FETCHER_MIGRATIONS = [CreateSeenArticles1767000000000, CreateFeeds1767200000000, AddFeedLeases1767300000000];

// Shares the database with the aggregator by default, so its migrations keep a table of their own.
export const createFetcherDataSource = (url: string): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'fetcher_migrations',
    migrations: FETCHER_MIGRATIONS,
    entities: [],
    extra: { max: 5 },
  });
