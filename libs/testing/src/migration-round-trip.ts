import type { DataSource, MigrationInterface } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './test-infrastructure';

/**
 * Runs a service's migrations up, all the way down, and up again on an empty database (STYLE.md
 * section 7): every `down` must undo its `up` exactly, tables and indexes alike.
 */
export const describeMigrationRoundTrip = (
  service: string,
  createDataSource: (url: string) => DataSource,
  migrations: (new () => MigrationInterface)[],
  expectedObjects: string[],
): void => {
  describe(`${service} migrations`, () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database?.drop());

    it('run up, all the way down, and up again on an empty schema', async () => {
      expect(database.name).toMatch(/test/);
      const dataSource = await createDataSource(database.url).initialize();
      const migrationsTable = String(dataSource.options.migrationsTableName);
      try {
        const objects = async () =>
          (
            (await dataSource.query(
              `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
               UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
            )) as { name: string }[]
          )
            .map((row) => row.name)
            .filter((name) => !name.startsWith(migrationsTable) && !name.startsWith('PK_'));

        expect(await dataSource.runMigrations()).toHaveLength(migrations.length);
        const created = await objects();
        expect(created).toEqual(expect.arrayContaining(expectedObjects));

        for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
        expect(await objects()).toEqual([]);

        await dataSource.runMigrations();
        expect(await objects()).toEqual(created);
      } finally {
        await dataSource.destroy();
      }
    });
  });
};
