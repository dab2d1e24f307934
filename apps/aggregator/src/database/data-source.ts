import { DataSource } from 'typeorm';
import { CreateTotals1767000000000 } from './migrations/1767000000000-create-totals';
import { CreateIncidentsAndTallies1767100000000 } from './migrations/1767100000000-create-incidents-and-tallies';
import { CreateDeadLetterCounts1767200000000 } from './migrations/1767200000000-create-dead-letter-counts';
import { SplitIncidentReports1767300000000 } from './migrations/1767300000000-split-incident-reports';
import { CreateReadRollupsAndIndexes1767400000000 } from './migrations/1767400000000-create-read-rollups-and-indexes';
import { CreateCorrectionsReviewAndAudit1767500000000 } from './migrations/1767500000000-create-corrections-review-and-audit';

export const AGGREGATOR_MIGRATIONS = [
  CreateTotals1767000000000,
  CreateIncidentsAndTallies1767100000000,
  CreateDeadLetterCounts1767200000000,
  SplitIncidentReports1767300000000,
  CreateReadRollupsAndIndexes1767400000000,
  CreateCorrectionsReviewAndAudit1767500000000,
];

// The schema comes only from migrations: synchronize would change tables behind the history's back.
export const createAggregatorDataSource = (url: string): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'aggregator_migrations',
    migrations: AGGREGATOR_MIGRATIONS,
    entities: [],
    extra: { max: 10 },
  });
