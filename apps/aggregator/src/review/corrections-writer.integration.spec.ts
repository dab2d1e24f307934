import type { ConflictEventV1, CorrectionRequest } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import { conflictEvent, createTestDatabase, type TestDatabase } from '@cw/testing';
import { apartIncidentId } from '@cw/totals';
import type { DataSource } from 'typeorm';
import type { Principal } from '../admin/access.guard';
import { createAggregatorDataSource } from '../database/data-source';
import { TotalsReader } from '../totals/totals-reader';
import { TotalsWriter } from '../totals/totals-writer';
import { CorrectionRefused, CorrectionsWriter } from './corrections-writer';
import { ReviewQueue } from './review-queue';

const amina: Principal = { name: 'amina', role: 'reviewer' };
const confident = { score: 0.9, doubts: [] as never[] };

// A stream with known errors: a toll in Quetta that one outlet misreads as 9,000 (for 90), a strike in Kharkiv
// counted as killed that were injured, a count with no country (Bamako), and a second Quetta report that belongs
// to another attack that day. What the totals must end at once corrected: PK 90 + 7, UA injured 4, ML 3.
const quetta = { country: 'PK', places: ['Quetta'], date: '2024-05-06', confidence: confident };
const stream: ConflictEventV1[] = [
  conflictEvent('AFP', '2024-05-06T07:00:00Z', [{ ...quetta, value: 12, sentence: 'A bomb blast in Quetta killed 12 people on Monday.' }]),
  conflictEvent('Reuters', '2024-05-06T12:00:00Z', [
    { ...quetta, value: 20, isUpdate: true, sentence: 'The death toll from the Quetta blast rose to 20, a hospital official said.' },
  ]),
  conflictEvent('Daily', '2024-05-06T20:00:00Z', [{ ...quetta, value: 9000, isUpdate: true, sentence: 'The toll in Quetta rose to 9,000.' }]),
  conflictEvent('Dawn', '2024-05-06T21:00:00Z', [{ ...quetta, value: 7, sentence: 'Gunmen killed seven people at a checkpoint in Quetta.' }]),
  conflictEvent('AP', '2024-05-07T08:00:00Z', [
    {
      value: 4,
      victims: 'civilians',
      country: 'UA',
      places: ['Kharkiv'],
      date: '2024-05-07',
      confidence: confident,
      sentence: 'A missile strike on Kharkiv killed four civilians.',
    },
  ]),
  conflictEvent('Wire', '2024-05-08T08:00:00Z', [
    {
      value: 3,
      country: null,
      date: '2024-05-08',
      confidence: { score: 0.36, doubts: ['no-country', 'no-source'] },
      sentence: 'Three people were killed in the attack.',
    },
  ]),
];
const figureOf = (i: number) => stream[i].figures[0].figureId;
const [blast, , misread, checkpoint, kharkiv, noCountry] = stream.map((_, i) => figureOf(i));

const batchOf = (events: ConflictEventV1[], partition = 0, from = 0): PartitionBatch<ConflictEventV1> => ({
  topic: 'cw.conflict-events.v1',
  partition,
  nextOffset: String(from + events.length),
  messages: events.map((value, i) => ({ topic: 'cw.conflict-events.v1', partition, offset: String(from + i), key: 'PK', value })),
});

const corrections: CorrectionRequest[] = [
  { action: 'change', figureId: misread, incidentId: blast, change: { value: 90 }, why: 'the article gives 90; 9,000 is a typo' },
  { action: 'split', figureId: checkpoint, incidentId: blast, why: 'the checkpoint attack is another attack' },
  { action: 'change', figureId: kharkiv, incidentId: kharkiv, change: { metric: 'injured' }, why: 'the four were wounded' },
  { action: 'change', figureId: noCountry, incidentId: null, change: { country: 'ML' }, why: 'the dateline is Bamako' },
];
const corrected = { PK: { killed: 97 }, UA: { killed: 0, injured: 4 }, ML: { killed: 3 } };

const fresh = async () => {
  const database = await createTestDatabase();
  const dataSource = await createAggregatorDataSource(database.url).initialize();
  await dataSource.runMigrations();
  return { database, dataSource };
};

const totalsOf = async (reader: TotalsReader) =>
  Object.fromEntries((await reader.countryTotals()).map(({ country, killed, injured }) => [country, { killed, injured }]));

describe('corrections on Postgres, applied like a batch of events', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let writer: TotalsWriter;
  let corrector: CorrectionsWriter;
  let reader: TotalsReader;
  let queue: ReviewQueue;

  beforeAll(async () => {
    ({ database, dataSource } = await fresh());
    writer = new TotalsWriter(dataSource, 'test', { cachedReports: 1_000 });
    corrector = new CorrectionsWriter(dataSource);
    reader = new TotalsReader(dataSource);
    queue = new ReviewQueue(dataSource);
    await writer.applyBatch(batchOf(stream));
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('queues what needs a person, each saying why', async () => {
    const items = await queue.items({ status: 'open', limit: 50 });
    expect(items.map((item) => [item.reason, item.figureId])).toEqual(
      expect.arrayContaining([
        ['far-larger', misread],
        ['provisional', misread],
        ['low-confidence', noCountry],
      ]),
    );
    expect(items.find((item) => item.reason === 'low-confidence')).toMatchObject({
      country: null,
      why: 'read with confidence 0.36: no country, no source',
      figure: { value: 3, sentence: 'Three people were killed in the attack.' },
    });
    // The 9,000 is held back: it adds nothing, and GET /totals/PK shows it beside the totals.
    expect(await reader.provisionalTotals({ country: 'PK' })).toMatchObject({ killed: 9000 });
  });

  it('moves the totals by the difference, with the correction as the cause of the history row', async () => {
    const before = (await reader.countryTotals({ country: 'PK' }))[0].killed;
    const result = await corrector.apply(corrections[0], amina);
    expect(result.changes).toEqual([expect.objectContaining({ before: 0, after: 90, delta: 90 })]);
    expect((await reader.countryTotals({ country: 'PK' }))[0].killed).toBe(before + 90);
    const [change] = (await reader.changes({ country: 'PK', limit: 100 })).slice(-1);
    expect(change).toMatchObject({
      delta: 90,
      figureId: misread,
      eventId: result.correction.correctionId,
      correction: { by: 'amina', action: 'change', why: 'the article gives 90; 9,000 is a typo' },
    });
    expect(result.closedReviewItems).toBe(2);
    expect(await queue.items({ status: 'open', figureId: misread, limit: 10 })).toEqual([]);
    const [audit] = await dataSource.query(`SELECT actor, role, action, subject FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ actor: 'amina', role: 'reviewer', action: 'correction.change', subject: misread });
  });

  it('applies the rest: a report moved out, a metric changed, a country given', async () => {
    for (const correction of corrections.slice(1)) await corrector.apply(correction, amina);
    expect(await totalsOf(reader)).toMatchObject(corrected);
    const [apart] = await dataSource.query(`SELECT value, doc->'corrected'->'apartFrom' AS "from" FROM incidents WHERE incident_id = $1`, [
      apartIncidentId(checkpoint),
    ]);
    expect(apart).toEqual({ value: '7', from: { figureId: checkpoint, incidentId: blast } });
  });

  it('keeps the history summing to the totals, corrections included', async () => {
    const summed: Record<string, number> = {};
    for (const change of await reader.changes({ limit: 1000 }))
      summed[`${change.country}|${change.metric}`] = (summed[`${change.country}|${change.metric}`] ?? 0) + change.delta;
    expect(summed).toMatchObject({ 'PK|killed': 97, 'UA|killed': 0, 'UA|injured': 4, 'ML|killed': 3 });
  });

  it('queues a tally above what the totals counted over the days it covers', async () => {
    const tally = conflictEvent('Xinhua', '2024-05-09T10:00:00Z', [
      {
        kind: 'cumulative',
        value: 500,
        country: 'PK',
        since: '2024-05-06',
        source: 'provincial officials',
        date: null,
        confidence: confident,
        sentence: 'More than 500 people have been killed in Balochistan since May 6, provincial officials said.',
      },
    ]);
    await writer.applyBatch(batchOf([tally], 2));
    expect(await queue.items({ status: 'open', reason: 'tally-above-total', limit: 10 })).toEqual([
      expect.objectContaining({
        country: 'PK',
        why: 'provincial officials counts 500 killed since 2024-05-06, the totals 97',
        figure: expect.objectContaining({ kind: 'cumulative' }),
      }),
    ]);
  });

  it('keeps a correction when its figure is delivered again or re-extracted with the same id', async () => {
    const again = await writer.applyBatch(batchOf([stream[2], stream[4]], 1));
    expect(again).toMatchObject({ appliedEvents: 0, changes: 0 });
    expect(await totalsOf(reader)).toMatchObject(corrected);
  });

  it('refuses what cannot be, saying why, and changes nothing', async () => {
    await expect(corrector.apply({ action: 'merge', incidentId: kharkiv, intoIncidentId: blast, why: 'one attack' }, amina)).rejects.toThrow(
      CorrectionRefused,
    );
    await expect(corrector.apply({ action: 'reject', figureId: 'f'.repeat(32), why: 'no such figure' }, amina)).rejects.toThrow(/no figure/);
    expect(await totalsOf(reader)).toMatchObject(corrected);
  });

  it('leaves a correction that fails half-way absent: no totals, no history, no correction, no audit entry', async () => {
    const counts = async () =>
      (
        await dataSource.query(
          `SELECT (SELECT count(*) FROM corrections) AS c, (SELECT count(*) FROM totals_history) AS h, (SELECT count(*) FROM audit_log) AS a`,
        )
      )[0];
    const before = await counts();
    // The last statement of the transaction fails, as a crash there would end it.
    await dataSource.query(`CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'crash'; END $$`);
    await dataSource.query(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    try {
      await expect(corrector.apply({ action: 'set-estimate', incidentId: blast, value: 95, why: 'the ministry says 95' }, amina)).rejects.toThrow(
        /crash/,
      );
    } finally {
      await dataSource.query(`DROP TRIGGER fail_audit ON audit_log`);
      await dataSource.query(`DROP FUNCTION fail_audit()`);
    }
    expect(await counts()).toEqual(before);
    expect(await totalsOf(reader)).toMatchObject(corrected);
  });

  it('keeps the audit log and the corrections as they were written: no UPDATE, no DELETE', async () => {
    await expect(dataSource.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM corrections`)).rejects.toThrow(/append-only/);
  });

  describe('a replay from the start of the topics into a fresh database, with the corrections kept', () => {
    it.each([
      ['imported before the events', 'before'],
      ['imported after the events', 'after'],
    ] as const)('ends at the corrected totals, %s', async (_, when) => {
      const exported = (await queue.corrections({ limit: 100 })).map((row) => row.correction);
      const replay = await fresh();
      try {
        const replayWriter = new TotalsWriter(replay.dataSource, 'replay', { cachedReports: 1_000 });
        const replayCorrector = new CorrectionsWriter(replay.dataSource);
        const admin: Principal = { name: 'admin', role: 'admin' };
        const importAll = async () => {
          for (const correction of exported) await replayCorrector.apply(correction, admin, { waitForSubjects: true });
        };
        if (when === 'before') await importAll();
        // Batch by batch, as the consumer hands them over.
        for (let i = 0; i < stream.length; i += 2) await replayWriter.applyBatch(batchOf(stream.slice(i, i + 2), 0, i));
        if (when === 'after') await importAll();
        const replayReader = new TotalsReader(replay.dataSource);
        expect(await totalsOf(replayReader)).toEqual(await totalsOf(reader));
        // Nothing the corrections settled comes back to the queue.
        expect((await new ReviewQueue(replay.dataSource).items({ status: 'open', limit: 50 })).map((item) => item.figureId)).not.toContain(misread);
      } finally {
        await replay.dataSource.destroy();
        await replay.database.drop();
      }
    });
  });
});
