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
    writer = new TotalsWriter(dataSource, 'test-group', { cachedReports: 1_000 });
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
      figures: [
        figure({ figureId: hex('3'), value: 5, span: { start: 200, end: 201 } }),
        figure({ figureId: hex('4'), country: 'XXX', span: { start: 300, end: 302 } }),
      ],
    };
    await expect(writer.applyBatch(batchOf([broken], '9'))).rejects.toThrow();
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 70 })]);
    expect(await writer.storedOffsets('cw.conflict-events.v1')).toEqual([{ partition: 0, offset: '3' }]);
  });
});

describe('TotalsWriter with incidents held in memory between batches', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let reader: TotalsReader;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createAggregatorDataSource(database.url).initialize();
    await dataSource.runMigrations();
    reader = new TotalsReader(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  // Three wire reports of one bombing in Kafr Zita, its toll rising as the day goes on.
  const tollReport = (n: number, value: number, text: string): ConflictEventV1 => ({
    ...seedEvent,
    eventId: hex(String(n)).replace(/^./, 'e'),
    articleId: hex(String(n)).replace(/^./, 'a'),
    publishedAt: `2019-08-10T1${n}:00:00Z`,
    figures: [
      figure({
        figureId: hex(String(n)).replace(/^./, 'f'),
        value,
        victims: 'civilians',
        breakdown: [],
        places: ['Kafr Zita'],
        isUpdate: n > 1,
        span: { start: 10, end: 12 },
        provenance: { articleId: hex(String(n)).replace(/^./, 'a'), url: `https://wire.example/kafr-zita-${n}`, sentence: text },
      }),
    ],
  });
  const first = tollReport(1, 12, 'An air strike on the market of Kafr Zita killed 12 civilians on Saturday.');
  const second = tollReport(2, 20, 'The toll from the strike on Kafr Zita rose to 20, rescuers said.');
  const third = tollReport(3, 35, "The toll from Saturday's strike on Kafr Zita rose to 35.");
  const batch = (event: ConflictEventV1, partition: number, offset: number): PartitionBatch<ConflictEventV1> => ({
    topic: 'cw.conflict-events.v1',
    partition,
    nextOffset: String(offset + 1),
    messages: [{ topic: 'cw.conflict-events.v1', partition, offset: String(offset), key: 'SY', value: event }],
  });

  it('takes an incident it wrote from memory for the next batch, without reading it back', async () => {
    const writer = new TotalsWriter(dataSource, 'memory-group', { cachedReports: 1_000 });
    // Two reports of one car bomb in Mosul (its own country and place: the Kafr Zita totals stay as they are).
    const mosul = (n: string, value: number, text: string, isUpdate = false): ConflictEventV1 => ({
      ...seedEvent,
      eventId: hex(n).replace(/^./, 'e'),
      articleId: hex(n).replace(/^./, 'a'),
      figures: [
        figure({
          figureId: hex(n).replace(/^./, 'f'),
          value,
          victims: 'civilians',
          breakdown: [],
          country: 'IQ',
          places: ['Mosul'],
          isUpdate,
          provenance: { articleId: hex(n).replace(/^./, 'a'), url: `https://wire.example/mosul-${n}`, sentence: text },
        }),
      ],
    });
    await writer.applyBatch(batch(mosul('b', 7, 'A car bomb killed seven civilians in Mosul on Saturday.'), 5, 0));
    const second = await writer.applyBatch(batch(mosul('c', 9, 'The toll from the Mosul car bomb rose to nine.', true), 5, 1));
    expect(second).toMatchObject({ incidentsFromMemory: 1, incidentsRead: 0 });
    // A later, lower count moves nothing: the row only counts one more report, and memory stays current.
    const third = await writer.applyBatch(batch(mosul('d', 7, 'Seven civilians died in the Mosul car bomb, police said.'), 5, 2));
    const fourth = await writer.applyBatch(batch(mosul('6', 8, 'Eight civilians were killed by a car bomb in Mosul.'), 5, 3));
    expect([third, fourth]).toMatchObject([
      { incidentsFromMemory: 1, incidentsRead: 0, changes: 0 },
      { incidentsFromMemory: 1, incidentsRead: 0, changes: 0 },
    ]);
    expect(await reader.countryTotals({ country: 'IQ' })).toEqual([expect.objectContaining({ killed: 9 })]);
    const [row] = await dataSource.query(`SELECT report_count, version, doc->>'value' AS value FROM incidents WHERE country = 'IQ'`);
    expect(row).toEqual({ report_count: 4, version: '4', value: '9' });
  });

  it('rereads an incident another aggregator changed since this one cached it', async () => {
    const one = new TotalsWriter(dataSource, 'cache-group', { cachedReports: 1_000 });
    const other = new TotalsWriter(dataSource, 'cache-group', { cachedReports: 1_000 });
    await one.applyBatch(batch(first, 0, 0)); // `one` now holds the incident with one report
    await other.applyBatch(batch(second, 1, 0)); // the same incident, written by another instance
    const afterOther = await one.applyBatch(batch(third, 0, 1));
    expect(afterOther).toMatchObject({ incidentsFromMemory: 0, incidentsRead: 1 });

    // Built on its stale copy (12 killed), `one` would have added 35 - 12 on top of the other's 20.
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 35 })]);
    const history = await reader.changes({ country: 'SY', limit: 10 });
    expect(history.map((change) => [change.incidentBefore, change.incidentAfter, change.countryAfter])).toEqual([
      [0, 12, 12],
      [12, 20, 20],
      [20, 35, 35],
    ]);
    const [incident] = await dataSource.query(`SELECT report_count, version FROM incidents WHERE country = 'SY'`);
    expect(incident).toEqual({ report_count: 3, version: '3' });
  });

  it('keeps nothing of a batch that rolled back, and applies it in full when it comes again', async () => {
    const writer = new TotalsWriter(dataSource, 'rollback-group', { cachedReports: 1_000 });
    const later = tollReport(4, 41, 'The toll from the strike on Kafr Zita rose to 41, the health ministry said.');
    const broken = { ...tollReport(5, 1, 'A broken event.'), figures: [figure({ figureId: hex('9'), country: 'XXX' })] };
    await expect(
      writer.applyBatch({ ...batch(later, 0, 0), messages: [...batch(later, 0, 0).messages, ...batch(broken, 0, 1).messages] }),
    ).rejects.toThrow();
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 35 })]);

    await writer.applyBatch(batch(later, 0, 0));
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 41 })]);
    const [incident] = await dataSource.query(`SELECT report_count FROM incidents WHERE country = 'SY'`);
    expect(incident.report_count).toBe(4);
  });

  it('does not count again a figure a re-extracted event repeats, even read with another day', async () => {
    const writer = new TotalsWriter(dataSource, 'reextract-group');
    // A newer extractor reads the first report again: the same figure (same place in the text, so the same
    // id), now dated three days later, beside an injured count the old extractor missed.
    const reExtracted: ConflictEventV1 = {
      ...first,
      eventId: hex('8'),
      figures: [
        { ...first.figures[0], date: '2019-08-13' },
        figure({
          figureId: hex('7'),
          metric: 'injured',
          value: 30,
          victims: 'civilians',
          breakdown: [],
          places: ['Kafr Zita'],
          span: { start: 40, end: 42 },
        }),
      ],
    };
    const result = await writer.applyBatch(batch(reExtracted, 2, 0));
    expect(result).toMatchObject({ appliedEvents: 1, changes: 1 });
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([expect.objectContaining({ killed: 41, injured: 30 })]);
  });
});
