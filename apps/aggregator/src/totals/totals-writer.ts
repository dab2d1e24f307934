import type { ConflictEventV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import type { DataSource, EntityManager } from 'typeorm';
import { planTotalChanges, type PlannedChange } from './total-change-plan';

export interface WriteResult {
  appliedFigures: number;
  duplicateFigures: number;
  changes: number;
}

/**
 * Applies a batch of conflict events in one transaction: the figures, their history rows and the
 * consumer offset commit together or not at all, so a crash anywhere re-delivers a batch that the
 * applied_figures check then recognises (STYLE.md section 6).
 */
export class TotalsWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
  ) {}

  async applyBatch(batch: PartitionBatch<ConflictEventV1>): Promise<WriteResult> {
    return this.dataSource.transaction('READ COMMITTED', async (db) => {
      const result: WriteResult = { appliedFigures: 0, duplicateFigures: 0, changes: 0 };
      for (const { value: event } of batch.messages) {
        for (const figure of event.figures) {
          const inserted: unknown[] = await db.query(
            `INSERT INTO applied_figures (figure_id, event_id, article_id) VALUES ($1, $2, $3)
             ON CONFLICT (figure_id) DO NOTHING RETURNING figure_id`,
            [figure.figureId, event.eventId, event.articleId],
          );
          if (inserted.length === 0) {
            result.duplicateFigures++;
            continue;
          }
          result.appliedFigures++;
          for (const change of planTotalChanges(event, figure)) {
            await applyChange(db, event, change);
            result.changes++;
          }
        }
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
}

const applyChange = async (db: EntityManager, event: ConflictEventV1, change: PlannedChange): Promise<void> => {
  // Lock the country's rows for this metric so two partitions never interleave one country's history.
  const [{ total: countryBefore }]: { total: string }[] = await db.query(
    `SELECT COALESCE(SUM(value), 0)::bigint AS total FROM (
       SELECT value FROM daily_totals WHERE country = $1 AND region = '' AND metric = $2 FOR UPDATE) locked`,
    [change.country, change.metric],
  );
  const [{ value: after }]: { value: string }[] = await db.query(
    `INSERT INTO daily_totals (country, region, metric, day, value) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (country, region, metric, day) DO UPDATE SET value = daily_totals.value + EXCLUDED.value
     RETURNING value`,
    [change.country, '', change.metric, change.day, change.delta],
  );
  const before = Number(after) - change.delta;
  await db.query(
    `INSERT INTO totals_history (country, region, metric, day, before, after, delta, country_before, country_after,
       incident_id, figure_id, event_id, article_id, url, sentence)
     VALUES ($1, '', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      change.country,
      change.metric,
      change.day,
      before,
      Number(after),
      change.delta,
      Number(countryBefore),
      Number(countryBefore) + change.delta,
      change.incidentId,
      change.figure.figureId,
      event.eventId,
      event.articleId,
      event.url,
      change.figure.provenance.sentence,
    ],
  );
};
