import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTotals1767000000000 implements MigrationInterface {
  name = 'CreateTotals1767000000000';

  async up(db: QueryRunner): Promise<void> {
    // One row per figure ever applied: a redelivered or re-extracted figure finds its id here.
    await db.query(`CREATE TABLE applied_figures (
      figure_id text PRIMARY KEY,
      event_id text NOT NULL,
      article_id text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    // offset + 1 of the last applied message, written in the same transaction as the totals.
    await db.query(`CREATE TABLE consumer_offsets (
      group_id text NOT NULL,
      topic text NOT NULL,
      partition integer NOT NULL,
      next_offset bigint NOT NULL,
      PRIMARY KEY (group_id, topic, partition))`);
    // region '' means the country as a whole: a primary key cannot hold NULL.
    await db.query(`CREATE TABLE daily_totals (
      country char(2) NOT NULL,
      region text NOT NULL DEFAULT '',
      metric text NOT NULL,
      day date NOT NULL,
      value bigint NOT NULL CHECK (value >= 0),
      PRIMARY KEY (country, region, metric, day))`);
    await db.query(`CREATE TABLE totals_history (
      id bigserial PRIMARY KEY,
      country char(2) NOT NULL,
      region text NOT NULL DEFAULT '',
      metric text NOT NULL,
      day date NOT NULL,
      before bigint NOT NULL,
      after bigint NOT NULL,
      delta bigint NOT NULL,
      country_before bigint NOT NULL,
      country_after bigint NOT NULL,
      incident_id text NOT NULL,
      figure_id text NOT NULL,
      event_id text NOT NULL,
      article_id text NOT NULL,
      url text NOT NULL,
      sentence text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      published boolean NOT NULL DEFAULT false)`);
    await db.query(`CREATE INDEX totals_history_country_metric ON totals_history (country, metric, recorded_at)`);
    // The outbox: history rows not yet published as totals updates.
    await db.query(`CREATE INDEX totals_history_unpublished ON totals_history (id) WHERE NOT published`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE totals_history`);
    await db.query(`DROP TABLE daily_totals`);
    await db.query(`DROP TABLE consumer_offsets`);
    await db.query(`DROP TABLE applied_figures`);
  }
}
