import type { Incident, IncidentCandidateKey, LedgerSnapshot, ReportedFigure, ReportedTally } from '@cw/totals';
import type { EntityManager } from 'typeorm';
import { lockCountryMetrics } from './country-metric-lock';
import type { IncidentCache } from './incident-cache';

/** An incident this transaction wrote, at the row version it wrote: for the cache once the transaction commits. */
export interface WrittenIncident {
  incident: Incident;
  version: number;
}

/**
 * The ledger's state in Postgres for one transaction. It locks the countries and metrics a batch may touch
 * (country-metric-lock.ts) and the tallies it may change, takes the incidents whose stored version it
 * already holds from the cache and reads the rest with their reports, and writes back what the pure ledger
 * says changed: the incident rows and only the reports they gained. A few statements per batch, whatever
 * its size.
 */
export class LedgerStore {
  // Incidents as their rows stand: the ledger only ever appends reports, so those past a stored incident's
  // are new, and its summary tells whether the row needs rewriting.
  private readonly stored = new Map<string, Incident>();
  private fromMemory = 0;
  private read = 0;

  constructor(
    private readonly db: EntityManager,
    private readonly cache: IncidentCache,
  ) {}

  async load(keys: { incidents: IncidentCandidateKey[]; tallyKeys: string[] }): Promise<LedgerSnapshot> {
    const incidents = keys.incidents.length === 0 ? [] : await this.loadIncidents(keys.incidents);
    for (const incident of incidents) this.stored.set(incident.incidentId, incident);
    const tallies: { doc: ReportedTally }[] =
      keys.tallyKeys.length === 0
        ? []
        : await this.db.query(`SELECT doc FROM reported_tallies WHERE tally_key = ANY($1::text[]) ORDER BY tally_key FOR UPDATE`, [keys.tallyKeys]);
    return { incidents, tallies: tallies.map((row) => row.doc) };
  }

  /** Where this batch's candidate incidents came from: memory (at their stored version) or Postgres. */
  get incidentSources(): { incidentsFromMemory: number; incidentsRead: number } {
    return { incidentsFromMemory: this.fromMemory, incidentsRead: this.read };
  }

  async saveIncidents(incidents: Incident[]): Promise<WrittenIncident[]> {
    if (incidents.length === 0) return [];
    // Most reports join an incident without moving its estimate, places or victims: its row then only
    // counts one more report, and the document it holds is not sent and stored again.
    const recounted: Incident[] = [];
    const rewritten: Incident[] = [];
    for (const incident of incidents) {
      const stored = this.stored.get(incident.incidentId);
      (stored && sameSummary(stored, incident) ? recounted : rewritten).push(incident);
    }
    const rows = [...(await this.recount(recounted)), ...(await this.rewrite(rewritten))];
    await this.saveNewReports(incidents);
    const versions = new Map(rows.map((row) => [row.incident_id, Number(row.version)]));
    return incidents.map((incident) => ({ incident, version: versions.get(incident.incidentId) ?? 0 }));
  }

  private async recount(incidents: Incident[]): Promise<{ incident_id: string; version: string }[]> {
    if (incidents.length === 0) return [];
    // TypeORM answers an UPDATE with [rows, affected count], unlike an INSERT.
    const [rows]: [{ incident_id: string; version: string }[], number] = await this.db.query(
      `UPDATE incidents i SET report_count = x.report_count, version = i.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(incident_id text, report_count int)
       WHERE i.incident_id = x.incident_id
       RETURNING i.incident_id, i.version`,
      [JSON.stringify(incidents.map((incident) => ({ incident_id: incident.incidentId, report_count: incident.reports.length })))],
    );
    return rows;
  }

  private async rewrite(incidents: Incident[]): Promise<{ incident_id: string; version: string }[]> {
    if (incidents.length === 0) return [];
    const rowsToWrite = incidents.map(({ reports, ...summary }) => ({ reportCount: reports.length, summary }));
    // One JSON document for the lot: arrays and jsonb[] parameters cost more to quote and parse than the rows to write.
    return this.db.query(
      `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
       SELECT x->>'incidentId', x->>'country', x->>'region', x->>'metric', (x->>'date')::date, (x->>'value')::bigint,
              x->>'currentFigureId', (row->>'reportCount')::int, x
       FROM jsonb_array_elements($1::jsonb) AS row, LATERAL (SELECT row->'summary' AS x) AS summary
       ON CONFLICT (incident_id) DO UPDATE SET region = EXCLUDED.region, value = EXCLUDED.value,
         current_figure_id = EXCLUDED.current_figure_id, report_count = EXCLUDED.report_count, doc = EXCLUDED.doc,
         version = incidents.version + 1, updated_at = now()
       RETURNING incident_id, version`,
      [JSON.stringify(rowsToWrite)],
    );
  }

  async saveTallies(tallies: ReportedTally[]): Promise<void> {
    if (tallies.length === 0) return;
    await this.db.query(
      `INSERT INTO reported_tallies (tally_key, country, metric, source, since, value, published_at, doc)
       SELECT x->>'tallyKey', x->>'country', x->>'metric', x->>'source', x->>'since', (x->>'value')::bigint,
              (x->>'publishedAt')::timestamptz, x
       FROM jsonb_array_elements($1::jsonb) AS x
       ON CONFLICT (tally_key) DO UPDATE SET value = EXCLUDED.value, published_at = EXCLUDED.published_at,
         doc = EXCLUDED.doc, updated_at = now()`,
      [JSON.stringify(tallies)],
    );
  }

  private async loadIncidents(keys: IncidentCandidateKey[]): Promise<Incident[]> {
    await lockCountryMetrics(this.db, keys);
    const unique = [...new Map(keys.map((k) => [`${k.country}|${k.metric}|${k.fromDay}|${k.toDay}`, k])).values()];
    const locked: { incident_id: string; version: string }[] = await this.db.query(
      // Driven from the keys, so each key is an index range scan on (country, metric, day).
      `SELECT DISTINCT c.incident_id, c.version
       FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(country, metric, from_day, to_day)
       JOIN incidents c ON c.country = k.country AND c.metric = k.metric AND c.day BETWEEN k.from_day AND k.to_day`,
      [unique.map((k) => k.country), unique.map((k) => k.metric), unique.map((k) => k.fromDay), unique.map((k) => k.toDay)],
    );
    const incidents: Incident[] = [];
    const missing: string[] = [];
    for (const row of locked) {
      const cached = this.cache.current(row.incident_id, Number(row.version));
      if (cached) incidents.push(cached);
      else missing.push(row.incident_id);
    }
    this.fromMemory += incidents.length;
    this.read += missing.length;
    if (missing.length === 0) return incidents;
    const read: { doc: Omit<Incident, 'reports'>; version: string; reports: ReportedFigure[] }[] = await this.db.query(
      `SELECT i.doc, i.version, (SELECT coalesce(json_agg(r.doc ORDER BY r.seq), '[]') FROM incident_reports r WHERE r.incident_id = i.incident_id) AS reports
       FROM incidents i WHERE i.incident_id = ANY($1::text[])`,
      [missing],
    );
    for (const row of read) {
      const incident: Incident = { ...row.doc, reports: row.reports };
      this.cache.remember(incident, Number(row.version));
      incidents.push(incident);
    }
    return incidents;
  }

  private async saveNewReports(incidents: Incident[]): Promise<void> {
    const added = incidents.flatMap((incident) => {
      const stored = this.stored.get(incident.incidentId)?.reports.length ?? 0;
      return incident.reports
        .slice(stored)
        .map((report, i) => ({ incident_id: incident.incidentId, seq: stored + i, figure_id: report.figureId, report }));
    });
    if (added.length === 0) return;
    await this.db.query(
      `INSERT INTO incident_reports (incident_id, seq, figure_id, doc)
       SELECT incident_id, seq, figure_id, report FROM json_to_recordset($1::json) AS x(incident_id text, seq int, figure_id text, report json)`,
      [JSON.stringify(added)],
    );
    for (const incident of incidents) this.stored.set(incident.incidentId, incident);
  }
}

// An incident's country, metric and day never change; these are what a report can move. Place lists only
// grow, so an unchanged length is an unchanged list.
const sameSummary = (stored: Incident, now: Incident): boolean =>
  stored.value === now.value &&
  (stored.provisional ?? null) === (now.provisional ?? null) &&
  stored.currentFigureId === now.currentFigureId &&
  stored.victims === now.victims &&
  stored.region === now.region &&
  stored.places.length === now.places.length &&
  stored.regions.length === now.regions.length;
