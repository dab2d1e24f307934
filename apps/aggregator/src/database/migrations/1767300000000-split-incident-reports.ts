import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An incident's reports get their own rows. Written inside the incident's document, every new report
 * rewrote all the earlier ones: a story fifty outlets carry cost fifty times its size per batch, and
 * that rewrite was most of the aggregator's time. Reports are only ever appended, so a row each suits
 * them; the incident row keeps its summary and a version that tells a cached copy whether it is current.
 */
export class SplitIncidentReports1767300000000 implements MigrationInterface {
  name = 'SplitIncidentReports1767300000000';

  async up(db: QueryRunner): Promise<void> {
    // Keyed by incident and position, the order its reports are read in. No unique figure_id and no foreign
    // key: applied_figures already lets each figure be placed once, LedgerStore writes an incident before its
    // reports in one transaction, and the two extra index checks per row cost a third of the insert. The
    // document is json, not jsonb: it is only ever read back whole, and json is stored as it is sent
    // instead of being converted, the larger part of what a report costs Postgres.
    await db.query(`CREATE TABLE incident_reports (
      incident_id text NOT NULL,
      seq integer NOT NULL,
      figure_id text NOT NULL,
      doc json NOT NULL,
      PRIMARY KEY (incident_id, seq))`);
    // An incident row is rewritten each time a report joins it: room on its page keeps the rewrite
    // off the indexes (a heap-only update).
    await db.query(`ALTER TABLE incidents SET (fillfactor = 70)`);
    await db.query(`INSERT INTO incident_reports (incident_id, seq, figure_id, doc)
      SELECT i.incident_id, r.seq - 1, r.doc->>'figureId', r.doc::json
      FROM incidents i, jsonb_array_elements(i.doc->'reports') WITH ORDINALITY AS r(doc, seq)`);
    await db.query(`UPDATE incidents SET doc = doc - 'reports'`);
    // Bumped by every write of the row: a copy held in memory at an older version is stale.
    await db.query(`ALTER TABLE incidents ADD COLUMN version bigint NOT NULL DEFAULT 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE incidents DROP COLUMN version`);
    await db.query(`ALTER TABLE incidents RESET (fillfactor)`);
    await db.query(`UPDATE incidents i SET doc = i.doc || jsonb_build_object('reports',
      (SELECT coalesce(jsonb_agg(r.doc::jsonb ORDER BY r.seq), '[]'::jsonb) FROM incident_reports r WHERE r.incident_id = i.incident_id))`);
    await db.query(`DROP TABLE incident_reports`);
  }
}
