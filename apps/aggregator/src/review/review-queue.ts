import type { Correction, ReviewFigure, ReviewItem, ReviewReason, ReviewSummary } from '@cw/contracts';
import type { LooseFigure, ReportedFigure } from '@cw/totals';
import type { DataSource } from 'typeorm';

export interface ReviewQuery {
  country?: string;
  reason?: ReviewReason;
  /** Only items open at least / at most this many hours. */
  minAgeHours?: number;
  maxAgeHours?: number;
  status: 'open' | 'closed' | 'all';
  figureId?: string;
  incidentId?: string;
  limit: number;
  after?: number;
}

interface ItemRow {
  id: string;
  reason: ReviewReason;
  country: string | null;
  metric: ReviewItem['metric'];
  figure_id: string | null;
  incident_id: string | null;
  why: string;
  opened_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
  figure: (Partial<LooseFigure> & ReportedFigure) | null;
}

// The figure an item is about: a figure outside every incident, or a report with its incident's country and metric.
const FIGURE = `LEFT JOIN LATERAL (
    SELECT l.doc::jsonb AS figure FROM loose_figures l WHERE l.figure_id = r.figure_id
    UNION ALL
    SELECT ir.doc::jsonb || jsonb_build_object('kind', 'incident', 'metric', i.metric, 'country', i.country) FROM incident_reports ir
      JOIN incidents i ON i.incident_id = ir.incident_id
    WHERE ir.incident_id = r.incident_id AND ir.figure_id = r.figure_id
    LIMIT 1) f ON true`;

// $1 country, $2 reason, $3 least age (hours), $4 greatest age, $5 status, $6 figure, $7 incident, $8 after (id), $9 limit.
const ITEMS = `SELECT r.id, r.reason, r.country, r.metric, r.figure_id, r.incident_id, r.why, r.opened_at, r.closed_at, r.closed_by, f.figure
  FROM review_items r ${FIGURE}
  WHERE ($5 = 'all' OR ($5 = 'open') = (r.closed_at IS NULL))
    AND ($1::bpchar IS NULL OR r.country = $1) AND ($2::text IS NULL OR r.reason = $2)
    AND ($3::float8 IS NULL OR r.opened_at <= now() - make_interval(secs => $3 * 3600))
    AND ($4::float8 IS NULL OR r.opened_at >= now() - make_interval(secs => $4 * 3600))
    AND ($6::text IS NULL OR r.figure_id = $6) AND ($7::text IS NULL OR r.incident_id = $7)
    AND r.id > $8
  ORDER BY r.id LIMIT $9`;

const figureOf = (row: ItemRow['figure']): ReviewFigure | null =>
  row
    ? {
        figureId: row.figureId,
        kind: row.kind ?? 'incident',
        metric: row.metric ?? 'killed',
        value: row.value,
        country: row.country ?? null,
        victims: row.victims,
        date: row.date,
        sentence: row.sentence,
        url: row.url,
        outlet: row.outlet,
        publishedAt: row.publishedAt,
        source: row.source,
        confidence: row.confidence ?? null,
      }
    : null;

/** The review queue and the corrections as analysts read them: oldest open item first, paged by id. */
export class ReviewQueue {
  constructor(private readonly dataSource: DataSource) {}

  async items(query: ReviewQuery): Promise<ReviewItem[]> {
    const rows: ItemRow[] = await this.dataSource.query(ITEMS, [
      query.country ?? null,
      query.reason ?? null,
      query.minAgeHours ?? null,
      query.maxAgeHours ?? null,
      query.status,
      query.figureId ?? null,
      query.incidentId ?? null,
      query.after ?? 0,
      query.limit,
    ]);
    return rows.map((row) => ({
      id: Number(row.id),
      reason: row.reason,
      country: row.country,
      metric: row.metric,
      figureId: row.figure_id,
      incidentId: row.incident_id,
      why: row.why,
      openedAt: new Date(row.opened_at).toISOString(),
      closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
      closedBy: row.closed_by,
      figure: figureOf(row.figure),
    }));
  }

  async summary(): Promise<ReviewSummary> {
    const [byReason, byCountry, [oldest]]: [
      { reason: ReviewReason; count: number }[],
      { country: string | null; count: number }[],
      { opened_at: Date | null; open: number }[],
    ] = await Promise.all([
      this.dataSource.query(`SELECT reason, count(*)::int AS count FROM review_items WHERE closed_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1`),
      this.dataSource.query(`SELECT country, count(*)::int AS count FROM review_items WHERE closed_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1`),
      this.dataSource.query(`SELECT min(opened_at) AS opened_at, count(*)::int AS open FROM review_items WHERE closed_at IS NULL`),
    ]);
    return { open: oldest.open, byReason, byCountry, oldestOpenedAt: oldest.opened_at ? new Date(oldest.opened_at).toISOString() : null };
  }

  /** Every correction in the order it was applied: what an import into a fresh database takes back. */
  async corrections(query: {
    figureId?: string;
    incidentId?: string;
    after?: number;
    limit: number;
  }): Promise<{ seq: number; correction: Correction }[]> {
    const rows: { seq: string; doc: Correction }[] = await this.dataSource.query(
      `SELECT seq, doc FROM corrections
       WHERE ($1::text IS NULL OR figure_id = $1) AND ($2::text IS NULL OR incident_id = $2 OR other_incident_id = $2) AND seq > $3
       ORDER BY seq LIMIT $4`,
      [query.figureId ?? null, query.incidentId ?? null, query.after ?? 0, query.limit],
    );
    return rows.map((row) => ({ seq: Number(row.seq), correction: row.doc }));
  }
}
