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
            `SELECT i.doc FROM incidents i
             WHERE EXISTS (SELECT 1 FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(country, metric, from_day, to_day)
                           WHERE i.country = k.country AND i.metric = k.metric AND i.day BETWEEN k.from_day AND k.to_day)
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

  async saveIncidents(incidents: Incident[]): Promise<void> {
    if (incidents.length === 0) return;
    await this.db.query(
      `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::bigint[], $7::text[], $8::int[], $9::jsonb[])
       ON CONFLICT (incident_id) DO UPDATE SET region = EXCLUDED.region, value = EXCLUDED.value,
         current_figure_id = EXCLUDED.current_figure_id, report_count = EXCLUDED.report_count, doc = EXCLUDED.doc, updated_at = now()`,
      [
        incidents.map((i) => i.incidentId),
        incidents.map((i) => i.country),
        incidents.map((i) => i.region),
        incidents.map((i) => i.metric),
        incidents.map((i) => i.date),
        incidents.map((i) => i.value),
        incidents.map((i) => i.currentFigureId),
        incidents.map((i) => i.reports.length),
        incidents.map((i) => JSON.stringify(i)),
      ],
    );
  }

  async saveTallies(tallies: ReportedTally[]): Promise<void> {
    if (tallies.length === 0) return;
    await this.db.query(
      `INSERT INTO reported_tallies (tally_key, country, metric, source, since, value, published_at, doc)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::timestamptz[], $8::jsonb[])
       ON CONFLICT (tally_key) DO UPDATE SET value = EXCLUDED.value, published_at = EXCLUDED.published_at,
         doc = EXCLUDED.doc, updated_at = now()`,
      [
        tallies.map((t) => t.tallyKey),
        tallies.map((t) => t.country),
        tallies.map((t) => t.metric),
        tallies.map((t) => t.source),
        tallies.map((t) => t.since),
        tallies.map((t) => t.value),
        tallies.map((t) => t.publishedAt),
        tallies.map((t) => JSON.stringify(t)),
      ],
    );
  }
}
