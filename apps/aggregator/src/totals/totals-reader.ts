import type { DataSource } from 'typeorm';

export interface CountryTotals {
  country: string;
  killed: number;
  injured: number;
  displaced: number;
  kidnapped: number;
  missing: number;
}

export interface HistoryQuery {
  country?: string;
  metric?: string;
  from?: string;
  to?: string;
  limit: number;
  afterId?: number;
}

const emptyTotals = (country: string): CountryTotals => ({ country, killed: 0, injured: 0, displaced: 0, kidnapped: 0, missing: 0 });

/** Read side of the totals: plain SQL over the tables the writer keeps. */
export class TotalsReader {
  constructor(private readonly dataSource: DataSource) {}

  async countryTotals(country?: string): Promise<CountryTotals[]> {
    const rows: { country: string; metric: keyof Omit<CountryTotals, 'country'>; total: string }[] = await this.dataSource.query(
      `SELECT country, metric, SUM(value)::bigint AS total FROM daily_totals
       WHERE region = '' AND ($1::text IS NULL OR country = $1) GROUP BY country, metric ORDER BY country`,
      [country ?? null],
    );
    const byCountry = new Map<string, CountryTotals>();
    for (const row of rows) {
      const totals = byCountry.get(row.country) ?? emptyTotals(row.country);
      totals[row.metric] = Number(row.total);
      byCountry.set(row.country, totals);
    }
    if (country && !byCountry.has(country)) byCountry.set(country, emptyTotals(country));
    return [...byCountry.values()];
  }

  async history(query: HistoryQuery) {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, country, metric, day::text AS day, before, after, delta, country_before, country_after,
              incident_id, figure_id, event_id, article_id, url, sentence, recorded_at
       FROM totals_history
       WHERE ($1::text IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)
         AND ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4) AND id > $5
       ORDER BY id LIMIT $6`,
      [query.country ?? null, query.metric ?? null, query.from ?? null, query.to ?? null, query.afterId ?? 0, query.limit],
    );
    return rows.map((row) => ({
      ...row,
      id: Number(row.id),
      before: Number(row.before),
      after: Number(row.after),
      delta: Number(row.delta),
      countryBefore: Number(row.country_before),
      countryAfter: Number(row.country_after),
    }));
  }
}
