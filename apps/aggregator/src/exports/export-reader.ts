import { estimateRange, type ReportedFigure } from '@cw/totals';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { filterParams, INCIDENT_FILTER, type IncidentFilter } from '../incidents/incident-reader';

export interface TotalsExportFilter {
  country?: string;
  metric?: string;
  from?: string;
  to?: string;
  region?: string;
  at?: string;
}

// Rows come from Postgres 500 at a time, as the response takes them: a five-year export holds one batch in
// memory, never the result (pg-query-stream, a cursor on one pooled connection, released when it closes).
const BATCH = 500;

export const INCIDENT_COLUMNS = [
  'incident_id',
  'country',
  'region',
  'date',
  'metric',
  'estimate',
  'low',
  'high',
  'victims',
  'places',
  'reports',
  'sources',
  'outlets',
  'urls',
  'estimate_url',
] as const;

export const TOTALS_COLUMNS = ['country', 'region', 'day', 'metric', 'value', 'running_total'] as const;

type Report = Pick<ReportedFigure, 'figureId' | 'value' | 'qualifier' | 'vague' | 'victims' | 'source' | 'outlet' | 'url'>;

interface IncidentRow {
  incident_id: string;
  country: string;
  region: string | null;
  day: string;
  metric: string;
  value: string;
  victims: string;
  places: string[];
  current_figure_id: string;
  reports: Report[];
}

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/** One line of `/incidents.csv`: the current estimate, and low and high as its reports give them (estimateRange). */
export const incidentRecord = (row: IncidentRow): Record<(typeof INCIDENT_COLUMNS)[number], string | number> => {
  const { low, high } = estimateRange(row.reports as ReportedFigure[]);
  return {
    incident_id: row.incident_id,
    country: row.country,
    region: row.region ?? '',
    date: row.day,
    metric: row.metric,
    estimate: Number(row.value),
    low,
    high,
    victims: row.victims,
    places: row.places.join('; '),
    reports: row.reports.length,
    sources: distinct(row.reports.map((r) => r.source)).join('; '),
    outlets: distinct(row.reports.map((r) => r.outlet)).join('; '),
    // Space-separated: a URL holds no space, and may hold a semicolon.
    urls: distinct(row.reports.map((r) => r.url)).join(' '),
    estimate_url: row.reports.find((r) => r.figureId === row.current_figure_id)?.url ?? '',
  };
};

// Pulled one record at a time; destroying the result (a response dropped half way) ends the loop, which
// destroys the rows and so closes the cursor.
const mapRows = <T, R>(rows: Readable, map: (row: T) => R): Readable =>
  Readable.from(
    (async function* () {
      for await (const row of rows) yield map(row as T);
    })(),
  );

/** Exports as streams of CSV records, straight from Postgres. */
export class ExportReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Every incident of the filter, oldest first, with its reports' values, sources and URLs. */
  async incidents(filter: IncidentFilter): Promise<Readable> {
    // Oldest first on incidents_by_day / incidents_by_country_day: rows stream in index order, no sort
    // of the whole result before the first one. Reports go out as stored (json_agg of json only joins the
    // texts): taking fields out of each in SQL parsed every document once per field, ten times slower.
    const rows = await this.stream(
      `SELECT incident_id, country, region, day::text AS day, metric, value, doc->>'victims' AS victims, doc->'places' AS places,
              current_figure_id,
              (SELECT coalesce(json_agg(r.doc ORDER BY r.seq), '[]') FROM incident_reports r WHERE r.incident_id = i.incident_id) AS reports
       FROM incidents i WHERE ${INCIDENT_FILTER}
       ORDER BY day, incident_id`,
      filterParams(filter),
    );
    return mapRows(rows, incidentRecord);
  }

  /** Each country's (or region's) total per metric and day, with the running total since its first day on record. */
  async totals(filter: TotalsExportFilter): Promise<Readable> {
    // Without `at`: the day rows in key order (daily_totals_pkey), so the running total streams too. With
    // `at`: the history recorded until then, summed per day, as /totals?at= does.
    const days = filter.at
      ? `SELECT country, $5::text AS region, metric, day, SUM(delta)::bigint AS value FROM totals_history
         WHERE recorded_at <= $6 AND ($5::text = '' OR region = $5) AND ($1::bpchar IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)
         GROUP BY country, metric, day`
      : `SELECT country, region, metric, day, value FROM daily_totals
         WHERE region = $5 AND ($1::bpchar IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)`;
    const rows = await this.stream(
      `SELECT country, region, day::text AS day, metric, value, running FROM (
         SELECT *, SUM(value) OVER (PARTITION BY country, metric ORDER BY day) AS running FROM (${days}) days) series
       WHERE ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4) AND (value <> 0 OR $6::timestamptz IS NULL)
       ORDER BY country, metric, day`,
      [filter.country ?? null, filter.metric ?? null, filter.from ?? null, filter.to ?? null, filter.region ?? '', filter.at ?? null],
    );
    return mapRows(rows, (row: { country: string; region: string; day: string; metric: string; value: string; running: string }) => ({
      country: row.country,
      region: row.region,
      day: row.day,
      metric: row.metric,
      value: Number(row.value),
      running_total: Number(row.running),
    }));
  }

  private async stream(sql: string, params: unknown[]): Promise<Readable> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    const rows = client.query(new QueryStream(sql, params, { batchSize: BATCH, highWaterMark: BATCH }));
    // Closed at the end, on an error, or when the response is dropped half way (the cursor closes first).
    rows.once('close', () => void runner.release());
    return rows;
  }
}
