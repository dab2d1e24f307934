import { TotalsUpdateV1 } from '@cw/contracts';
import type { MessagePublisher, StructuredLog } from '@cw/kafka';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

interface HistoryRow {
  id: string;
  country: string;
  region: string;
  metric: TotalsUpdateV1['metric'];
  day: string;
  country_before: string;
  country_after: string;
  delta: string;
  incident_id: string;
  figure_id: string;
  event_id: string;
  article_id: string;
  url: string;
  sentence: string;
  correction_id: string | null;
  action: string | null;
  made_by: string | null;
  made_at: string | null;
  why: string | null;
}

/**
 * Publishes history rows as totals updates after their transaction committed, then marks them.
 * A crash in between publishes a row again with the same updateId, never loses one.
 */
export class TotalsOutbox {
  private flushing: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: MessagePublisher,
    private readonly log: StructuredLog,
    private readonly topic: string,
  ) {}

  flush(): Promise<number> {
    // One drain at a time: two would publish the same rows twice. A flush asked for while one runs
    // (a batch of another partition committed meanwhile) gets a drain of its own right after it.
    if (this.flushing) {
      this.queued ??= this.flushing.then(() => {
        this.queued = null;
        return this.flush();
      });
      return this.queued;
    }
    this.flushing = this.drain().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async drain(): Promise<number> {
    let published = 0;
    for (;;) {
      const rows: HistoryRow[] = await this.dataSource.query(
        // A change a correction made carries who made it, when and why (issue 13).
        `SELECT h.id, h.country, h.region, h.metric, h.day::text AS day, h.country_before, h.country_after, h.delta, h.incident_id,
                h.figure_id, h.event_id, h.article_id, h.url, h.sentence, h.correction_id, c.action, c.made_by,
                to_char(c.made_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS made_at, c.why
         FROM totals_history h LEFT JOIN corrections c ON c.correction_id = h.correction_id
         WHERE NOT h.published ORDER BY h.id LIMIT 500`,
      );
      if (rows.length === 0) return published;
      await this.publisher.publishMany(
        { topic: this.topic, schema: TotalsUpdateV1 },
        rows.map((row) => ({ key: row.country, message: toUpdate(row) })),
      );
      await this.dataSource.query(`UPDATE totals_history SET published = true WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      published += rows.length;
      this.log.info({ published: rows.length }, 'totals updates published');
    }
  }
}

const toUpdate = (row: HistoryRow): TotalsUpdateV1 => ({
  schema: 'totals-update@1',
  updateId: createHash('sha256').update(`totals-history:${row.id}:${row.figure_id}`).digest('hex').slice(0, 32),
  country: row.country,
  region: row.region || null,
  metric: row.metric,
  day: row.day,
  before: Number(row.country_before),
  after: Number(row.country_after),
  delta: Number(row.delta),
  cause: {
    eventId: row.event_id,
    figureId: row.figure_id,
    incidentId: row.incident_id,
    articleId: row.article_id,
    url: row.url,
    sentence: row.sentence,
  },
  ...(row.correction_id && row.action && row.made_by && row.made_at && row.why
    ? {
        correction: {
          correctionId: row.correction_id,
          action: row.action as NonNullable<TotalsUpdateV1['correction']>['action'],
          by: row.made_by,
          at: row.made_at,
          why: row.why,
        },
      }
    : {}),
  producedAt: new Date().toISOString(),
});
