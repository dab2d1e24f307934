import { createTestDatabase, type TestDatabase } from '@cw/testing';
import { createAggregatorDataSource, AGGREGATOR_MIGRATIONS } from './data-source';

describe('aggregator migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('run up, all the way down, and up again on an empty schema', async () => {
    expect(database.name).toMatch(/test/);
    const dataSource = await createAggregatorDataSource(database.url).initialize();
    try {
      const tables = async () =>
        ((await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)) as { tablename: string }[])
          .map((row) => row.tablename)
          .filter((name) => name !== 'aggregator_migrations');

      expect(await dataSource.runMigrations()).toHaveLength(AGGREGATOR_MIGRATIONS.length);
      const created = await tables();
      expect(created).toEqual(expect.arrayContaining(['applied_figures', 'consumer_offsets', 'daily_totals', 'totals_history']));

      for (let i = 0; i < AGGREGATOR_MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      expect(await tables()).toEqual([]);

      await dataSource.runMigrations();
      expect(await tables()).toEqual(created);
    } finally {
      await dataSource.destroy();
    }
  });
});
