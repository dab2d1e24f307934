import { createTestDatabase, type TestDatabase } from '@cw/testing';
import { createFetcherDataSource, FETCHER_MIGRATIONS } from './data-source';

describe('fetcher migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('run up, all the way down, and up again on an empty schema', async () => {
    expect(database.name).toMatch(/test/);
    const dataSource = await createFetcherDataSource(database.url).initialize();
    try {
      const objects = async () =>
        (
          (await dataSource.query(
            `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
             UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
          )) as { name: string }[]
        )
          .map((row) => row.name)
          .filter((name) => !name.startsWith('fetcher_migrations') && !name.startsWith('PK_'));

      expect(await dataSource.runMigrations()).toHaveLength(FETCHER_MIGRATIONS.length);
      const created = await objects();
      expect(created).toEqual(expect.arrayContaining(['feeds', 'seen_articles', 'seen_articles_first_seen_at', 'seen_articles_fingerprint']));

      for (let i = 0; i < FETCHER_MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      expect(await objects()).toEqual([]);

      await dataSource.runMigrations();
      expect(await objects()).toEqual(created);
    } finally {
      await dataSource.destroy();
    }
  });
});
