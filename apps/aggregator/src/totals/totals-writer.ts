import type { ConflictEventV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import { ledgerKeysFor, type RegionOf, type TotalChange, TotalsLedger } from '@cw/totals';
import type { DataSource, EntityManager } from 'typeorm';
import { LedgerStore } from './ledger-store';
import { articleMetaOf, domainFigureOf } from './wire-figure';

export interface WriteResult {
  appliedEvents: number;
  duplicateEvents: number;
  changes: number;
  tallies: number;
}

/**
 * Applies a batch of conflict events in one transaction: incidents, tallies, totals, history rows and
 * the consumer offset commit together or not at all, so a crash anywhere re-delivers a batch that the
 * applied_figures check then recognises (STYLE.md section 6). What a figure does to the totals is the
 * pure TotalsLedger's decision; this class only loads its inputs and stores its outputs.
 */
export class TotalsWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
    private readonly regionOf?: RegionOf,
  ) {}

  async applyBatch(batch: PartitionBatch<ConflictEventV1>): Promise<WriteResult> {
    return this.dataSource.transaction('READ COMMITTED', async (db) => {
      const result: WriteResult = { appliedEvents: 0, duplicateEvents: 0, changes: 0, tallies: 0 };
      for (const { value: event } of batch.messages) {
        if (!(await recordFigures(db, event))) {
          result.duplicateEvents++;
          continue;
        }
        result.appliedEvents++;
        const { changes, tallies } = await this.applyEvent(db, event);
        result.changes += changes;
        result.tallies += tallies;
      }
      await db.query(
        `INSERT INTO consumer_offsets (group_id, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
         ON CONFLICT (group_id, topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset`,
        [this.groupId, batch.topic, batch.partition, batch.nextOffset],
      );
      return result;
    });
  }

  async storedOffsets(topic: string): Promise<{ partition: number; offset: string }[]> {
    const rows: { partition: number; next_offset: string }[] = await this.dataSource.query(
      `SELECT partition, next_offset FROM consumer_offsets WHERE group_id = $1 AND topic = $2`,
      [this.groupId, topic],
    );
    return rows.map((row) => ({ partition: row.partition, offset: String(row.next_offset) }));
  }

  private async applyEvent(db: EntityManager, event: ConflictEventV1): Promise<{ changes: number; tallies: number }> {
    const article = articleMetaOf(event);
    const figures = event.figures.map(domainFigureOf);
    const store = new LedgerStore(db);
    const ledger = new TotalsLedger({ regionOf: this.regionOf }, await store.load(ledgerKeysFor(article, figures, this.regionOf)));
    const update = ledger.apply(article, figures);
    for (const incident of update.incidents) await store.saveIncident(incident);
    for (const tally of update.tallies) await store.saveTally(tally);
    for (const change of update.changes) await applyChange(db, event, change);
    return { changes: update.changes.length, tallies: update.tallies.length };
  }
}

/** Records every figure id of the event; false when all were already there (a redelivery). */
const recordFigures = async (db: EntityManager, event: ConflictEventV1): Promise<boolean> => {
  const inserted: unknown[] = await db.query(
    `INSERT INTO applied_figures (figure_id, event_id, article_id)
     SELECT unnest($1::text[]), $2, $3 ON CONFLICT (figure_id) DO NOTHING RETURNING figure_id`,
    [event.figures.map((figure) => figure.figureId), event.eventId, event.articleId],
  );
  return inserted.length > 0;
};

// Update first: Postgres checks `value >= 0` on the row an upsert proposes, so a lowering delta (a
// downward correction) must never travel as an INSERT. A row that is not there yet can only be raised.
const addToDay = async (db: EntityManager, change: TotalChange, region: string): Promise<number> => {
  const key = [change.country, region, change.metric, change.day];
  const [updated]: [{ value: string }[], number] = await db.query(
    `UPDATE daily_totals SET value = value + $5 WHERE country = $1 AND region = $2 AND metric = $3 AND day = $4 RETURNING value`,
    [...key, change.delta],
  );
  if (updated.length > 0) return Number(updated[0].value);
  await db.query(`INSERT INTO daily_totals (country, region, metric, day, value) VALUES ($1, $2, $3, $4, $5)`, [...key, change.delta]);
  return change.delta;
};

const applyChange = async (db: EntityManager, event: ConflictEventV1, change: TotalChange): Promise<void> => {
  // Lock the country's rows for this metric so two partitions never interleave one country's history.
  const [{ total }]: { total: string }[] = await db.query(
    `SELECT COALESCE(SUM(value), 0)::bigint AS total FROM (
       SELECT value FROM daily_totals WHERE country = $1 AND region = '' AND metric = $2 FOR UPDATE) locked`,
    [change.country, change.metric],
  );
  const countryBefore = Number(total);
  const dayAfter = await addToDay(db, change, '');
  if (change.region) await addToDay(db, change, change.region);
  await db.query(
    `INSERT INTO totals_history (country, region, metric, day, before, after, delta, country_before, country_after,
       incident_before, incident_after, incident_id, figure_id, event_id, article_id, url, sentence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      change.country,
      change.region ?? '',
      change.metric,
      change.day,
      dayAfter - change.delta,
      dayAfter,
      change.delta,
      countryBefore,
      countryBefore + change.delta,
      change.before,
      change.after,
      change.incidentId,
      change.figureId,
      event.eventId,
      event.articleId,
      change.url,
      change.sentence,
    ],
  );
};
