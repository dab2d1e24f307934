import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: analysts correct the machine. Corrections are kept apart from the totals they move (the totals are
 * worked out from the figures with the corrections on top, so a replay into a fresh database with the corrections
 * kept ends at the corrected totals); figures no incident holds are kept whole so a person can correct them; the
 * review queue; and an audit log of every change, which neither the API nor an UPDATE or DELETE can edit.
 */
export class CreateCorrectionsReviewAndAudit1767500000000 implements MigrationInterface {
  name = 'CreateCorrectionsReviewAndAudit1767500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION refuse_edit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: rows are never updated or deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);

    // Every correction, in the order it was applied; `doc` is the correction whole (libs/totals Correction).
    // Append-only: a decision is undone by another correction, never by editing this one.
    await db.query(`CREATE TABLE corrections (
      seq bigserial PRIMARY KEY,
      correction_id text NOT NULL UNIQUE,
      action text NOT NULL,
      figure_id text,
      incident_id text,
      other_incident_id text,
      made_by text NOT NULL,
      made_at timestamptz NOT NULL,
      why text NOT NULL,
      doc jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    // A batch finds the corrections of its figures and of the incidents it loads.
    await db.query(`CREATE INDEX corrections_figure ON corrections (figure_id) WHERE figure_id IS NOT NULL`);
    await db.query(`CREATE INDEX corrections_incident ON corrections (incident_id) WHERE incident_id IS NOT NULL`);
    await db.query(`CREATE INDEX corrections_other_incident ON corrections (other_incident_id) WHERE other_incident_id IS NOT NULL`);
    await db.query(`CREATE TRIGGER corrections_append_only BEFORE UPDATE OR DELETE ON corrections FOR EACH ROW EXECUTE FUNCTION refuse_edit()`);
    await db.query(`CREATE TRIGGER corrections_no_truncate BEFORE TRUNCATE ON corrections FOR EACH STATEMENT EXECUTE FUNCTION refuse_edit()`);

    // Figures no incident holds: read with no country, set aside as a roll-up, or tallies (libs/totals LooseFigure).
    // `tally_key` is the tally each counts in under its corrections: a correction of a tally reads its figures by it.
    await db.query(`CREATE TABLE loose_figures (
      figure_id text PRIMARY KEY,
      reason text NOT NULL,
      country char(2),
      metric text NOT NULL,
      tally_key text,
      doc json NOT NULL)`);
    await db.query(`CREATE INDEX loose_figures_tally ON loose_figures (tally_key) WHERE tally_key IS NOT NULL`);

    // The review queue: open until a correction resolves the item. One open item per reason and subject, so a
    // batch applied again after a crash adds none twice.
    await db.query(`CREATE TABLE review_items (
      id bigserial PRIMARY KEY,
      reason text NOT NULL,
      country char(2),
      metric text,
      figure_id text,
      incident_id text,
      why text NOT NULL,
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      closed_by text)`);
    await db.query(
      `CREATE UNIQUE INDEX review_items_open_once ON review_items (reason, coalesce(figure_id, ''), coalesce(incident_id, '')) WHERE closed_at IS NULL`,
    );
    await db.query(`CREATE INDEX review_items_open ON review_items (id) INCLUDE (country, reason, opened_at) WHERE closed_at IS NULL`);
    await db.query(`CREATE INDEX review_items_figure ON review_items (figure_id) WHERE closed_at IS NULL`);
    await db.query(`CREATE INDEX review_items_incident ON review_items (incident_id) WHERE closed_at IS NULL`);

    // A change a correction made names it; the outbox and the changes feed read who, when and why from it.
    await db.query(`ALTER TABLE totals_history ADD COLUMN correction_id text`);
    // Why an incident's estimate waits for a person (null: it counts): GET /totals/:country sums the provisional.
    await db.query(`ALTER TABLE incidents ADD COLUMN provisional text`);
    await db.query(`UPDATE incidents SET provisional = doc->>'provisional' WHERE doc->>'provisional' IS NOT NULL`);
    await db.query(`CREATE INDEX incidents_provisional ON incidents (country, day) INCLUDE (metric, region, value) WHERE provisional IS NOT NULL`);

    // Every change anyone made through the API: corrections, imports, admin actions. Append-only, like corrections.
    await db.query(`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      role text NOT NULL,
      action text NOT NULL,
      subject text,
      detail jsonb NOT NULL DEFAULT '{}')`);
    await db.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_edit()`);
    await db.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_edit()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP INDEX incidents_provisional`);
    await db.query(`ALTER TABLE incidents DROP COLUMN provisional`);
    await db.query(`ALTER TABLE totals_history DROP COLUMN correction_id`);
    await db.query(`DROP TABLE review_items`);
    await db.query(`DROP TABLE loose_figures`);
    await db.query(`DROP TABLE corrections`);
    await db.query(`DROP FUNCTION refuse_edit()`);
  }
}
