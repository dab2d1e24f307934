import type { DataSource } from 'typeorm';

export const TOTAL_METRICS = ['killed', 'injured', 'displaced', 'kidnapped', 'missing'] as const;
type TotalMetric = (typeof TOTAL_METRICS)[number];

export type CountryTotals = { country: string } & Record<TotalMetric, number>;

export interface TotalsFilter {
  country?: string;
  region?: string;
  from?: string;
  to?: string;
  /** Totals as they stood at this instant, rebuilt from the history rows recorded until then. */
  at?: string;
}

export interface ChangeQuery {
  country?: string;
  metric?: string;
  from?: string;
  to?: string;
  limit: number;
  after?: number;
}

const emptyTotals = (country: string): CountryTotals => ({ country, killed: 0, injured: 0, displaced: 0, kidnapped: 0, missing: 0 });

/** Read side of the totals: plain SQL over the tables the writer keeps. */
export class TotalsReader {
  constructor(private readonly dataSource: DataSource) {}

  async countryTotals(filter: TotalsFilter = {}): Promise<CountryTotals[]> {
    const params = [filter.country ?? null, filter.from ?? null, filter.to ?? null];
    const rows: { country: string; metric: TotalMetric; total: string }[] = filter.at
      ? await this.dataSource.query(
          `SELECT country, metric, SUM(delta)::bigint AS total FROM totals_history
           WHERE ($1::text IS NULL OR country = $1) AND ($2::date IS NULL OR day >= $2) AND ($3::date IS NULL OR day <= $3)
             AND recorded_at <= $4 AND ($5::text IS NULL OR region = $5)
           GROUP BY country, metric ORDER BY country`,
          [...params, filter.at, filter.region ?? null],
        )
      : await this.dataSource.query(
          `SELECT country, metric, SUM(value)::bigint AS total FROM daily_totals
           WHERE ($1::text IS NULL OR country = $1) AND ($2::date IS NULL OR day >= $2) AND ($3::date IS NULL OR day <= $3)
             AND region = $4
           GROUP BY country, metric ORDER BY country`,
          [...params, filter.region ?? ''],
        );
    const byCountry = new Map<string, CountryTotals>();
    for (const row of rows) {
      const totals = byCountry.get(row.country) ?? emptyTotals(row.country);
      totals[row.metric] = Number(row.total);
      byCountry.set(row.country, totals);
    }
    if (filter.country && !byCountry.has(filter.country)) byCountry.set(filter.country, emptyTotals(filter.country));
    return [...byCountry.values()];
  }

  /** One row per day with a change: that day's total and the running total since the first day on record. */
  async dailySeries(country: string, metric: string, from?: string, to?: string) {
    const rows: { day: string; value: string; running: string }[] = await this.dataSource.query(
      `SELECT day::text AS day, value, running FROM (
         SELECT day, value, SUM(value) OVER (ORDER BY day) AS running FROM daily_totals
         WHERE country = $1 AND metric = $2 AND region = '') series
       WHERE ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4) ORDER BY day`,
      [country, metric, from ?? null, to ?? null],
    );
    return rows.map((row) => ({ day: row.day, value: Number(row.value), runningTotal: Number(row.running) }));
  }

  async changes(query: ChangeQuery) {
    const rows: Record<string, string>[] = await this.dataSource.query(
      `SELECT id, country, region, metric, day::text AS day, before, after, delta, country_before, country_after,
              incident_before, incident_after, incident_id, figure_id, event_id, article_id, url, sentence, recorded_at
       FROM totals_history
       WHERE ($1::text IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)
         AND ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4) AND id > $5
       ORDER BY id LIMIT $6`,
      [query.country ?? null, query.metric ?? null, query.from ?? null, query.to ?? null, query.after ?? 0, query.limit],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      country: row.country,
      region: row.region || null,
      metric: row.metric,
      day: row.day,
      dayBefore: Number(row.before),
      dayAfter: Number(row.after),
      delta: Number(row.delta),
      countryBefore: Number(row.country_before),
      countryAfter: Number(row.country_after),
      incidentBefore: Number(row.incident_before),
      incidentAfter: Number(row.incident_after),
      incidentId: row.incident_id,
      figureId: row.figure_id,
      eventId: row.event_id,
      articleId: row.article_id,
      url: row.url,
      sentence: row.sentence,
      recordedAt: row.recorded_at,
    }));
  }
}
