import { loadAggregatorConfig } from '../config';
import { createAggregatorDataSource } from './data-source';
import { runMigrationCommand } from '@cw/database';

const main = async () => {
  const config = loadAggregatorConfig(process.env);
  const applied = await runMigrationCommand(config.DATABASE_URL, createAggregatorDataSource(config.DATABASE_URL), process.argv);
  console.log(JSON.stringify({ service: 'aggregator', migrations: applied }));
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
