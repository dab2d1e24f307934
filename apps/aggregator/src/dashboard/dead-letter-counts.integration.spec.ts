import type { DeadLetterV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import { createTestDatabase, type TestDatabase } from '@cw/testing';
import type { DataSource } from 'typeorm';
import { createAggregatorDataSource } from '../database/data-source';
import { DeadLetterCounts } from './dead-letter-counts';

const letter = (reason: DeadLetterV1['reason'], failedAt: string): DeadLetterV1 => ({
  schema: 'dead-letter@1',
  service: 'aggregator',
  topic: 'cw.conflict-events.v1',
  partition: 0,
  offset: '7',
  key: null,
  value: null,
  headers: {},
  reason,
  detail: 'figures: Required',
  failedAt,
});
const batchOf = (first: number, letters: DeadLetterV1[]): PartitionBatch<DeadLetterV1> => ({
  topic: 'cw.dead-letters.v1',
  partition: 1,
  messages: letters.map((value, i) => ({ topic: 'cw.dead-letters.v1', partition: 1, offset: String(first + i), key: null, value })),
  nextOffset: String(first + letters.length),
});

describe('DeadLetterCounts', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createAggregatorDataSource(database.url).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('counts by service, topic and reason, and counts a redelivered batch once', async () => {
    const counts = new DeadLetterCounts(dataSource, 'test-dead-letter-tally');
    const first = batchOf(0, [letter('invalid', '2026-01-01T10:00:00.000Z'), letter('invalid', '2026-01-01T11:00:00.000Z')]);
    expect(await counts.record(first)).toBe(2);
    // Kafka delivers at least once: the same batch after a crash before the Kafka commit.
    expect(await counts.record(first)).toBe(0);
    // A redelivery that overlaps the next letters counts only those.
    expect(await counts.record(batchOf(1, [letter('invalid', '2026-01-01T11:00:00.000Z'), letter('undecodable', '2026-01-02T09:00:00.000Z')]))).toBe(
      1,
    );

    expect(await counts.list()).toEqual([
      {
        service: 'aggregator',
        topic: 'cw.conflict-events.v1',
        reason: 'invalid',
        count: 2,
        firstFailedAt: '2026-01-01T10:00:00.000Z',
        lastFailedAt: '2026-01-01T11:00:00.000Z',
      },
      {
        service: 'aggregator',
        topic: 'cw.conflict-events.v1',
        reason: 'undecodable',
        count: 1,
        firstFailedAt: '2026-01-02T09:00:00.000Z',
        lastFailedAt: '2026-01-02T09:00:00.000Z',
      },
    ]);
    expect(await counts.storedOffsets('cw.dead-letters.v1')).toEqual([{ partition: 1, offset: '3' }]);
  });
});
