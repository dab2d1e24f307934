import { describeMigrationRoundTrip } from '@cw/testing';
import { AGGREGATOR_MIGRATIONS, createAggregatorDataSource } from './data-source';

describeMigrationRoundTrip('aggregator', createAggregatorDataSource, AGGREGATOR_MIGRATIONS, [
  'applied_figures',
  'consumer_offsets',
  'daily_totals',
  'totals_history',
  'incidents',
  'incidents_candidates',
  'reported_tallies',
  'totals_history_recorded',
]);
