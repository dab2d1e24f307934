import type { DataSource } from 'typeorm';
import { ensureDatabase } from './ensure-database';

/**
 * `migrate [--revert]` for one service's data source: applies every pending migration, or reverts
 * the last one. Run by `nx run <app>:migrate`, and by each service at start.
 */
export const runMigrationCommand = async (url: string, dataSource: DataSource, argv: string[]): Promise<string[]> => {
  await ensureDatabase(url);
  await dataSource.initialize();
  try {
    if (argv.includes('--revert')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      return ['reverted the last migration'];
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
};

/** A service's data source at start: its database created if missing, its pending migrations applied. */
export const openMigratedDataSource = async (url: string, create: (url: string) => DataSource): Promise<DataSource> => {
  await ensureDatabase(url);
  const dataSource = await create(url).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
};
