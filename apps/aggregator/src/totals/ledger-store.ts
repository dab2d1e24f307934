import type { Incident, IncidentCandidateKey, LedgerSnapshot, ReportedTally } from '@cw/totals';
import type { EntityManager } from 'typeorm';

/**
 * The ledger's state in Postgres: loads, under row locks, what one article may touch, and writes back
 * what the pure ledger says changed. Rows are locked so two aggregators never place figures into the
 * same incident at once; conflict events are keyed by country, so that is rare anyway.
 */
export class LedgerStore {
  constructor(private readonly db: EntityManager) {}

  async load(keys: { incidents: IncidentCandidateKey[]; tallyKeys: string[] }): Promise<LedgerSnapshot> {
    const incidents = new Map<string, Incident>();
    for (const key of keys.incidents) {
      const rows: { doc: Incident }[] = await this.db.query(
        `SELECT doc FROM incidents WHERE country = $1 AND metric = $2 AND day BETWEEN $3 AND $4 ORDER BY incident_id FOR UPDATE`,
        [key.country, key.metric, key.fromDay, key.toDay],
      );
      for (const { doc } of rows) incidents.set(doc.incidentId, doc);
    }
    const tallies: { doc: ReportedTally }[] =
      keys.tallyKeys.length === 0
        ? []
        : await this.db.query(`SELECT doc FROM reported_tallies WHERE tally_key = ANY($1::text[]) FOR UPDATE`, [keys.tallyKeys]);
    return { incidents: [...incidents.values()], tallies: tallies.map((row) => row.doc) };
  }

  async saveIncident(incident: Incident): Promise<void> {
    await this.db.query(
      `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (incident_id) DO UPDATE SET region = EXCLUDED.region, value = EXCLUDED.value,
         current_figure_id = EXCLUDED.current_figure_id, report_count = EXCLUDED.report_count, doc = EXCLUDED.doc, updated_at = now()`,
      [
        incident.incidentId,
        incident.country,
        incident.region,
        incident.metric,
        incident.date,
        incident.value,
        incident.currentFigureId,
        incident.reports.length,
        JSON.stringify(incident),
      ],
    );
  }

  async saveTally(tally: ReportedTally): Promise<void> {
    await this.db.query(
      `INSERT INTO reported_tallies (tally_key, country, metric, source, since, value, published_at, doc)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tally_key) DO UPDATE SET value = EXCLUDED.value, published_at = EXCLUDED.published_at,
         doc = EXCLUDED.doc, updated_at = now()`,
      [tally.tallyKey, tally.country, tally.metric, tally.source, tally.since, tally.value, tally.publishedAt, JSON.stringify(tally)],
    );
  }
}
