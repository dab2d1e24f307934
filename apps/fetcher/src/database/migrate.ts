import { runMigrationCommand } from '@cw/database';
import { loadFetcherConfig } from '../config';
import { createFetcherDataSource } from './data-source';

const main = async () => {
  const config = loadFetcherConfig(process.env);
  const applied = await runMigrationCommand(config.DATABASE_URL, createFetcherDataSource(config.DATABASE_URL), process.argv);
  console.log(JSON.stringify({ service: 'fetcher', migrations: applied }));
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
