import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIncidentsAndTallies1767100000000 implements MigrationInterface {
  name = 'CreateIncidentsAndTallies1767100000000';

  async up(db: QueryRunner): Promise<void> {
    // An incident is written whole as the pure ledger returns it (libs/totals Incident); the columns
    // beside the document are what queries filter on.
    await db.query(`CREATE TABLE incidents (
      incident_id text PRIMARY KEY,
      country char(2) NOT NULL,
      region text,
      metric text NOT NULL,
      day date NOT NULL,
      value bigint NOT NULL CHECK (value >= 0),
      current_figure_id text NOT NULL,
      report_count integer NOT NULL,
      doc jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX incidents_candidates ON incidents (country, metric, day)`);
    // Running tallies as sources report them: shown beside the totals, never added to them.
    await db.query(`CREATE TABLE reported_tallies (
      tally_key text PRIMARY KEY,
      country char(2),
      metric text NOT NULL,
      source text,
      since text,
      value bigint NOT NULL,
      published_at timestamptz NOT NULL,
      doc jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX reported_tallies_country ON reported_tallies (country, metric)`);
    // The incident's own estimate before and after the change, beside the day and country totals.
    await db.query(`ALTER TABLE totals_history ADD COLUMN incident_before bigint NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE totals_history ADD COLUMN incident_after bigint NOT NULL DEFAULT 0`);
    await db.query(`CREATE INDEX totals_history_recorded ON totals_history (recorded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX totals_history_recorded`);
    await db.query(`ALTER TABLE totals_history DROP COLUMN incident_after`);
    await db.query(`ALTER TABLE totals_history DROP COLUMN incident_before`);
    await db.query(`DROP TABLE reported_tallies`);
    await db.query(`DROP TABLE incidents`);
  }
}
