import type { DataSource } from 'typeorm';
import { type ReadinessCheck, withinTimeout } from './readiness-check';

/** Ready while Postgres answers `SELECT 1` through the service's own pool. */
export const postgresReady = (dataSource: Pick<DataSource, 'query'>, { timeoutMs = 3_000, name = 'postgres' } = {}): ReadinessCheck => ({
  name,
  check: async () => {
    await withinTimeout(dataSource.query('SELECT 1'), timeoutMs, 'Postgres');
  },
});
