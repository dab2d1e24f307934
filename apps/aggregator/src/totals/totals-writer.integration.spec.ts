import type { CasualtyFigureV1, ConflictEventV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import { createTestDatabase, type TestDatabase } from '@cw/testing';
import type { DataSource } from 'typeorm';
import { createAggregatorDataSource } from '../database/data-source';
import { TotalsReader } from './totals-reader';
import { TotalsWriter } from './totals-writer';

const hex = (c: string) => c.repeat(32);
const sentence = 'Clashes between regime loyalists and insurgents in northwest Syria killed 70 combatants on Saturday.';

const figure = (overrides: Partial<CasualtyFigureV1>): CasualtyFigureV1 => ({
  figureId: hex('1'),
  kind: 'incident',
  metric: 'killed',
  value: 70,
  qualifier: 'exact',
  vague: false,
  victims: 'combatants',
  breakdown: [
    { group: 'pro-government forces', value: 32 },
    { group: 'jihadists and allied rebels', value: 38 },
  ],
  date: '2019-08-10',
  since: null,
  country: 'SY',
  places: ['Hama', 'Idlib', 'Latakia'],
  source: 'Syrian Observatory for Human Rights',
  isUpdate: false,
  span: { start: 71, end: 73 },
  provenance: { articleId: hex('a'), url: 'https://wire.example/syria', sentence },
  ...overrides,
});

const seedEvent: ConflictEventV1 = {
  schema: 'conflict-event@1',
  eventId: hex('e'),
  articleId: hex('a'),
  url: 'https://wire.example/syria',
  outlet: 'Sample wire',
  publishedAt: '2019-08-10T15:00:00Z',
  producedAt: '2019-08-10T15:00:05Z',
  extractorVersion: 'test',
  figures: [
    figure({}),
    // "more than 370,000 people ... since 2011": a war-long tally, never an incident.
    figure({
      figureId: hex('2'),
      kind: 'cumulative',
      value: 370000,
      qualifier: 'more_than',
      victims: 'people',
      date: null,
      since: '2011',
      breakdown: [],
    }),
  ],
};

const batchOf = (events: ConflictEventV1[], nextOffset: string): PartitionBatch<ConflictEventV1> => ({
  topic: 'cw.conflict-events.v1',
  partition: 0,
  nextOffset,
  messages: events.map((value, i) => ({ topic: 'cw.conflict-events.v1', partition: 0, offset: String(i), key: 'SY', value })),
});

describe('TotalsWriter on Postgres', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let writer: TotalsWriter;
  let reader: TotalsReader;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createAggregatorDataSource(database.url).initialize();
    await dataSource.runMigrations();
    writer = new TotalsWriter(dataSource, 'test-group');
    reader = new TotalsReader(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('adds the 70 of the seed report once: not the 32 + 38 breakdown, not the 370,000 tally', async () => {
    const result = await writer.applyBatch(batchOf([seedEvent], '1'));
    expect(result).toMatchObject({ appliedEvents: 1, duplicateEvents: 0, changes: 1, tallies: 1 });
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 70, injured: 0, displaced: 0 })]);
  });

  it('changes nothing when the same event is delivered again', async () => {
    const result = await writer.applyBatch(batchOf([seedEvent, seedEvent], '3'));
    expect(result).toMatchObject({ appliedEvents: 0, duplicateEvents: 2, changes: 0 });
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 70 })]);
    expect(await reader.changes({ country: 'SY', limit: 10 })).toEqual([
      expect.objectContaining({ dayBefore: 0, dayAfter: 70, delta: 70, countryBefore: 0, countryAfter: 70, incidentAfter: 70, sentence }),
    ]);
  });

  it('stores the offset to resume from in the same transaction as the totals', async () => {
    expect(await writer.storedOffsets('cw.conflict-events.v1')).toEqual([{ partition: 0, offset: '3' }]);
  });

  it('applies nothing, offset included, when the transaction fails half-way', async () => {
    const broken = {
      ...seedEvent,
      eventId: hex('f'),
      figures: [figure({ figureId: hex('3'), value: 5 }), figure({ figureId: hex('4'), country: 'XXX' })],
    };
    await expect(writer.applyBatch(batchOf([broken], '9'))).rejects.toThrow();
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 70 })]);
    expect(await writer.storedOffsets('cw.conflict-events.v1')).toEqual([{ partition: 0, offset: '3' }]);
  });
});
