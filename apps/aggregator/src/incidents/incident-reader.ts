import type { Incident as IncidentView } from '@cw/contracts';
import type { Incident, ReportedTally } from '@cw/totals';
import type { DataSource } from 'typeorm';
import { PlaceCoordinates } from './place-coordinates';

export interface IncidentFilter {
  country?: string;
  metric?: string;
  from?: string;
  to?: string;
  /** A first-level region as the gazetteer names it ("Idlib Governorate"). */
  region?: string;
}

export interface IncidentQuery extends IncidentFilter {
  limit: number;
  offset: number;
}

/**
 * An incident as an analyst reads it: its figure, every report that mentioned it (with its confidence, link and any
 * correction), which one counts, whether the estimate waits for a person, and how analysts corrected it (issue 13).
 */
export const describeIncident = (incident: Incident, places: PlaceCoordinates = PlaceCoordinates.shared()): IncidentView => {
  const { figures, incident: override, ...corrected } = incident.corrected ?? {};
  // An estimate set by hand is no report's: none is marked current.
  const current = override?.estimate ? null : incident.currentFigureId;
  const reports = incident.reports.map((report) => ({
    ...report,
    isCurrentEstimate: report.figureId === current,
    correction: figures?.[report.figureId] ?? null,
  }));
  return {
    incidentId: incident.incidentId,
    country: incident.country,
    region: incident.region,
    metric: incident.metric,
    date: incident.date,
    places: incident.places,
    victims: incident.victims,
    value: incident.value,
    provisional: incident.provisional ?? null,
    currentEstimate: reports.find((report) => report.isCurrentEstimate) ?? null,
    reports,
    location: places.locate(incident),
    corrected: incident.corrected ? { ...corrected, ...(override?.estimate ? { estimate: override.estimate } : {}) } : null,
  };
};

// An incident row holds its summary; its reports are rows of their own, in the order they came, sent as
// stored (json_agg of json joins their texts; converting each to jsonb parsed it in Postgres).
const WITH_REPORTS = `i.doc, (SELECT coalesce(json_agg(r.doc ORDER BY r.seq), '[]') FROM incident_reports r WHERE r.incident_id = i.incident_id) AS reports`;

type IncidentRow = { doc: Omit<Incident, 'reports'>; reports: Incident['reports'] };
const incidentOf = (row: IncidentRow): Incident => ({ ...row.doc, reports: row.reports });

// $1 country, $2 metric, $3 first day, $4 last day, $5 region; null for none.
export const INCIDENT_FILTER = `($1::bpchar IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)
  AND ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4) AND ($5::text IS NULL OR region = $5)`;

export const filterParams = (filter: IncidentFilter) => [
  filter.country ?? null,
  filter.metric ?? null,
  filter.from ?? null,
  filter.to ?? null,
  filter.region ?? null,
];

export class IncidentReader {
  constructor(private readonly dataSource: DataSource) {}

  // Newest first. The page is found on the indexes alone (incidents_by_day, incidents_by_country_day) and only
  // its incidents are read whole: reading them before the OFFSET cost a report lookup per skipped incident.
  async list(query: IncidentQuery) {
    const rows: IncidentRow[] = await this.dataSource.query(
      `SELECT ${WITH_REPORTS}
       FROM (SELECT incident_id, day FROM incidents WHERE ${INCIDENT_FILTER}
             ORDER BY day DESC, incident_id DESC LIMIT $6 OFFSET $7) page
       JOIN incidents i USING (incident_id)
       ORDER BY page.day DESC, page.incident_id DESC`,
      [...filterParams(query), query.limit, query.offset],
    );
    return rows.map((row) => describeIncident(incidentOf(row)));
  }

  async one(incidentId: string) {
    const rows: IncidentRow[] = await this.dataSource.query(`SELECT ${WITH_REPORTS} FROM incidents i WHERE incident_id = $1`, [incidentId]);
    return rows[0] ? describeIncident(incidentOf(rows[0])) : null;
  }

  async tallies(country?: string): Promise<ReportedTally[]> {
    const rows: { doc: ReportedTally }[] = await this.dataSource.query(
      `SELECT doc FROM reported_tallies WHERE ($1::bpchar IS NULL OR country = $1) ORDER BY country, metric, tally_key`,
      [country ?? null],
    );
    return rows.map((row) => row.doc);
  }
}
