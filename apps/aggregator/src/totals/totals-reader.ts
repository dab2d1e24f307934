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

// Country codes are char(2): a parameter compared with them is typed bpchar too (`$1::bpchar`), since a text
// parameter turns `country = $1` into `country::text = $1`, which no index serves (every country's rows read).

// The rows that sum to a period's totals ($2 to $3, days; null is open): whole years from yearly_totals, whole
// months outside them from monthly_totals, and the days left at either end from daily_totals, of one country
// ($1, null for all) and region ($4: '' for the country as a whole, null for each first-level region). Rolled up by a trigger on daily_totals
// (migration 1767400000000); at five years this reads a few thousand rows where the days were 150,000.
// Every region is the partial index daily_totals_regions (region <> '').
const REGION = `(($4::text IS NULL AND region <> '') OR region = $4)`;
const PERIOD_ROWS = `
  SELECT country, region, metric, value FROM yearly_totals
  WHERE ${REGION} AND ($1::bpchar IS NULL OR country = $1)
    AND year >= whole_periods_from('year', $2::date) AND year < whole_periods_until('year', $3::date)
  UNION ALL
  SELECT country, region, metric, value FROM monthly_totals
  WHERE ${REGION} AND ($1::bpchar IS NULL OR country = $1)
    AND month >= whole_periods_from('month', $2::date) AND month < whole_periods_until('month', $3::date)
    AND (month < whole_periods_from('year', $2::date) OR month >= whole_periods_until('year', $3::date))
  UNION ALL
  SELECT country, region, metric, value FROM daily_totals
  WHERE ${REGION} AND ($1::bpchar IS NULL OR country = $1)
    AND day >= coalesce($2::date, '-infinity') AND day <= coalesce($3::date, 'infinity')
    AND (day < whole_periods_from('month', $2::date) OR day >= whole_periods_until('month', $3::date))`;

const CHANGE_COLUMNS = `id, country, region, metric, day::text AS day, before, after, delta, country_before, country_after,
  incident_before, incident_after, incident_id, figure_id, event_id, article_id, url, sentence, recorded_at, correction_id`;
// $1 country, $2 metric, $3 first day, $4 last day, $5 after (id), $6 limit.
const CHANGE_FILTER = `($1::bpchar IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)
  AND ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4) AND id > $5`;
// The months of the period; an open end is the first or last month on record (totals_history_month_id).
const PERIOD_MONTHS = `months_between(
  coalesce($3::date, (SELECT min(date_trunc('month', day::timestamp)::date) FROM totals_history)),
  coalesce($4::date, (SELECT max(date_trunc('month', day::timestamp)::date) FROM totals_history))) AS period(month)`;
const IN_MONTH = `date_trunc('month', h.day::timestamp)::date = period.month AND h.id > $5`;

// Changes are recorded about when they happen, so a period's lie together deep in the history: walking the
// ids from the start to find March 2024's read 300,000 rows. So a period is read month by month on
// totals_history_month_id (its day and metric on the index): at most a page from each month, merged.
const CHANGES_OF_PERIOD = `
  SELECT ${CHANGE_COLUMNS} FROM totals_history WHERE id IN (
    SELECT page.id FROM ${PERIOD_MONTHS},
      LATERAL (SELECT h.id FROM totals_history h
               WHERE ${IN_MONTH} AND ($1::bpchar IS NULL OR h.country = $1) AND ($2::text IS NULL OR h.metric = $2) AND ($3::date IS NULL OR h.day >= $3) AND ($4::date IS NULL OR h.day <= $4)
               ORDER BY h.id LIMIT $6) page
    ORDER BY page.id LIMIT $6)
  ORDER BY id`;

// One country's changes of a period: its own rows in id order (totals_history_country_id), from the first
// change of the period's months, one probe each, instead of from its first change ever.
const COUNTRY_CHANGES_OF_PERIOD = `
  SELECT ${CHANGE_COLUMNS} FROM totals_history
  WHERE ${CHANGE_FILTER}
    AND id >= (SELECT min(first.id) FROM ${PERIOD_MONTHS},
                 LATERAL (SELECT h.id FROM totals_history h WHERE ${IN_MONTH} ORDER BY h.id LIMIT 1) first)
  ORDER BY id LIMIT $6`;

interface ChangeCorrection {
  correctionId: string;
  action: string;
  by: string;
  at: string;
  why: string;
}

const emptyTotals = (country: string): CountryTotals => ({ country, killed: 0, injured: 0, displaced: 0, kidnapped: 0, missing: 0 });

/** Read side of the totals: plain SQL over the tables the writer keeps. */
export class TotalsReader {
  constructor(private readonly dataSource: DataSource) {}

  async countryTotals(filter: TotalsFilter = {}): Promise<CountryTotals[]> {
    const rows: { country: string; metric: TotalMetric; total: string }[] = filter.at
      ? await this.dataSource.query(
          `SELECT country, metric, SUM(delta)::bigint AS total FROM totals_history
           WHERE ($1::bpchar IS NULL OR country = $1) AND ($2::date IS NULL OR day >= $2) AND ($3::date IS NULL OR day <= $3)
             AND recorded_at <= $4 AND ($5::text IS NULL OR region = $5)
           GROUP BY country, metric ORDER BY country`,
          [filter.country ?? null, filter.from ?? null, filter.to ?? null, filter.at, filter.region ?? null],
        )
      : await this.dataSource.query(
          `SELECT country, metric, SUM(value)::bigint AS total FROM (${PERIOD_ROWS}) period
           WHERE ($5::text IS NULL OR metric = $5) GROUP BY country, metric ORDER BY country`,
          [filter.country ?? null, filter.from ?? null, filter.to ?? null, filter.region ?? '', null],
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

  /**
   * What provisional incidents of one country would add (an implausible count, a tenfold jump): beside the totals,
   * never in them (issue 13). Read from the incidents themselves (a partial index holds only the provisional).
   */
  async provisionalTotals(filter: TotalsFilter & { country: string }): Promise<Omit<CountryTotals, 'country'>> {
    const rows: { metric: TotalMetric; total: string }[] = await this.dataSource.query(
      `SELECT metric, SUM(value)::bigint AS total FROM incidents
       WHERE provisional IS NOT NULL AND country = $1::bpchar AND ($2::date IS NULL OR day >= $2) AND ($3::date IS NULL OR day <= $3)
         AND ($4::text IS NULL OR region = $4)
       GROUP BY metric`,
      [filter.country, filter.from ?? null, filter.to ?? null, filter.region ?? null],
    );
    const { country: _country, ...totals } = emptyTotals(filter.country);
    for (const row of rows) totals[row.metric] = Number(row.total);
    return totals;
  }

  /** One country's first-level regions with what was counted in each over the period (the map's regions). */
  async regionTotals(query: { country: string; metric: string; from?: string; to?: string }): Promise<{ region: string; value: number }[]> {
    const rows: { region: string; total: string }[] = await this.dataSource.query(
      `SELECT region, SUM(value)::bigint AS total FROM (${PERIOD_ROWS}) period
       WHERE metric = $5 GROUP BY region HAVING SUM(value) > 0 ORDER BY 2 DESC, 1`,
      [query.country, query.from ?? null, query.to ?? null, null, query.metric],
    );
    return rows.map((row) => ({ region: row.region, value: Number(row.total) }));
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
    const period = Boolean(query.from || query.to);
    const rows: Record<string, string>[] = await this.dataSource.query(
      period && !query.country
        ? CHANGES_OF_PERIOD
        : period
          ? COUNTRY_CHANGES_OF_PERIOD
          : `SELECT ${CHANGE_COLUMNS} FROM totals_history WHERE ${CHANGE_FILTER} ORDER BY id LIMIT $6`,
      [query.country ?? null, query.metric ?? null, query.from ?? null, query.to ?? null, query.after ?? 0, query.limit],
    );
    // A change an analyst made says who, when and why (issue 13): the few corrections of a page, read at once.
    const correctionIds = [...new Set(rows.map((row) => row.correction_id).filter(Boolean))];
    const corrections = new Map<string, ChangeCorrection>(
      correctionIds.length === 0
        ? []
        : (
            await this.dataSource.query(
              `SELECT correction_id, action, made_by, made_at, why FROM corrections WHERE correction_id = ANY($1::text[])`,
              [correctionIds],
            )
          ).map((c: { correction_id: string; action: string; made_by: string; made_at: Date; why: string }) => [
            c.correction_id,
            { correctionId: c.correction_id, action: c.action, by: c.made_by, at: new Date(c.made_at).toISOString(), why: c.why },
          ]),
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
      correction: row.correction_id ? (corrections.get(row.correction_id) ?? null) : null,
    }));
  }
}
