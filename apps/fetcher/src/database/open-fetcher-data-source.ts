import { ensureDatabase, openMigratedDataSource } from '@cw/database';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createFetcherDataSource } from './data-source';

// Two-key advisory locks stay apart from the aggregator's one-key locks (0x6377 is "cw").
const MIGRATION_LOCK = [0x6377, 2];

/**
 * The fetcher's data source, migrated. Fetchers started together on a new database would each run the
 * migrations, and all but one would fail on a table another had just made (TypeORM takes no lock): the
 * first migrates while the others wait here, then find nothing left to do.
 */
export async function openFetcherDataSource(url: string): Promise<DataSource> {
  await ensureDatabase(url);
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1, $2)', MIGRATION_LOCK);
    return await openMigratedDataSource(url, createFetcherDataSource);
  } finally {
    // Ending the session releases the lock, also when the migrations failed.
    await lock.end();
  }
}
