import { describeMigrationRoundTrip } from '@cw/testing';
import { createFetcherDataSource, FETCHER_MIGRATIONS } from './data-source';

describeMigrationRoundTrip('fetcher', createFetcherDataSource, FETCHER_MIGRATIONS, [
  'feeds',
  'feeds_due',
  'host_slots',
  'seen_articles',
  'seen_articles_first_seen_at',
  'seen_articles_fingerprint',
]);
