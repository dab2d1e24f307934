import type { Incident, ReportedTally } from '@cw/totals';
import type { DataSource } from 'typeorm';

export interface IncidentQuery {
  country?: string;
  metric?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** An incident as an analyst reads it: its figure, every report that mentioned it, and which one counts. */
export const describeIncident = (incident: Incident) => ({
  incidentId: incident.incidentId,
  country: incident.country,
  region: incident.region,
  metric: incident.metric,
  date: incident.date,
  places: incident.places,
  victims: incident.victims,
  value: incident.value,
  currentEstimate: incident.reports.find((report) => report.figureId === incident.currentFigureId) ?? null,
  reports: incident.reports.map((report) => ({ ...report, isCurrentEstimate: report.figureId === incident.currentFigureId })),
});

// An incident row holds its summary; its reports are rows of their own, in the order they came.
const WITH_REPORTS = `i.doc || jsonb_build_object('reports',
  (SELECT coalesce(jsonb_agg(r.doc::jsonb ORDER BY r.seq), '[]'::jsonb) FROM incident_reports r WHERE r.incident_id = i.incident_id)) AS doc`;

export class IncidentReader {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: IncidentQuery) {
    const rows: { doc: Incident }[] = await this.dataSource.query(
      `SELECT ${WITH_REPORTS} FROM incidents i
       WHERE ($1::text IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)
         AND ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4)
       ORDER BY day DESC, incident_id LIMIT $5 OFFSET $6`,
      [query.country ?? null, query.metric ?? null, query.from ?? null, query.to ?? null, query.limit, query.offset],
    );
    return rows.map((row) => describeIncident(row.doc));
  }

  async one(incidentId: string) {
    const rows: { doc: Incident }[] = await this.dataSource.query(`SELECT ${WITH_REPORTS} FROM incidents i WHERE incident_id = $1`, [incidentId]);
    return rows[0] ? describeIncident(rows[0].doc) : null;
  }

  async tallies(country?: string): Promise<ReportedTally[]> {
    const rows: { doc: ReportedTally }[] = await this.dataSource.query(
      `SELECT doc FROM reported_tallies WHERE ($1::text IS NULL OR country = $1) ORDER BY country, metric, tally_key`,
      [country ?? null],
    );
    return rows.map((row) => row.doc);
  }
}
