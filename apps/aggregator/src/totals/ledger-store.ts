import type { Incident, IncidentCandidateKey, LedgerSnapshot, ReportedTally } from '@cw/totals';
import type { EntityManager } from 'typeorm';

/**
 * The ledger's state in Postgres: loads, under row locks, every incident and tally a batch may touch,
 * in one query each, and writes back what the pure ledger says changed, in one statement each. Rows are
 * locked so two aggregators never place figures into the same incident at once; conflict events are
 * keyed by country, so that is rare anyway.
 */
export class LedgerStore {
  constructor(private readonly db: EntityManager) {}

  async load(keys: { incidents: IncidentCandidateKey[]; tallyKeys: string[] }): Promise<LedgerSnapshot> {
    const incidents: { doc: Incident }[] =
      keys.incidents.length === 0
        ? []
        : await this.db.query(
            // Driven from the keys, so each key is an index range scan on (country, metric, day).
            `SELECT i.doc FROM incidents i
             WHERE i.incident_id IN (
               SELECT c.incident_id FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(country, metric, from_day, to_day)
               JOIN incidents c ON c.country = k.country AND c.metric = k.metric AND c.day BETWEEN k.from_day AND k.to_day)
             ORDER BY i.incident_id FOR UPDATE`,
            [
              keys.incidents.map((k) => k.country),
              keys.incidents.map((k) => k.metric),
              keys.incidents.map((k) => k.fromDay),
              keys.incidents.map((k) => k.toDay),
            ],
          );
    const tallies: { doc: ReportedTally }[] =
      keys.tallyKeys.length === 0
        ? []
        : await this.db.query(`SELECT doc FROM reported_tallies WHERE tally_key = ANY($1::text[]) ORDER BY tally_key FOR UPDATE`, [keys.tallyKeys]);
    return { incidents: incidents.map((row) => row.doc), tallies: tallies.map((row) => row.doc) };
  }

  // One JSON document for the lot: a jsonb[] parameter costs more to quote and parse than the rows to write.
  async saveIncidents(incidents: Incident[]): Promise<void> {
    if (incidents.length === 0) return;
    await this.db.query(
      `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
       SELECT x->>'incidentId', x->>'country', x->>'region', x->>'metric', (x->>'date')::date, (x->>'value')::bigint,
              x->>'currentFigureId', jsonb_array_length(x->'reports'), x
       FROM jsonb_array_elements($1::jsonb) AS x
       ON CONFLICT (incident_id) DO UPDATE SET region = EXCLUDED.region, value = EXCLUDED.value,
         current_figure_id = EXCLUDED.current_figure_id, report_count = EXCLUDED.report_count, doc = EXCLUDED.doc, updated_at = now()`,
      [JSON.stringify(incidents)],
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
}
