import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDeadLetterCounts1767200000000 implements MigrationInterface {
  name = 'CreateDeadLetterCounts1767200000000';

  async up(db: QueryRunner): Promise<void> {
    // What operators see on the dashboard: how many messages each service refused, from which topic and
    // why. The letters themselves stay on the dead-letter topic; the consumer's offsets are kept in
    // consumer_offsets under its own group, committed with these counts.
    await db.query(`CREATE TABLE dead_letter_counts (
      service text NOT NULL,
      topic text NOT NULL,
      reason text NOT NULL,
      count bigint NOT NULL CHECK (count >= 0),
      first_failed_at timestamptz NOT NULL,
      last_failed_at timestamptz NOT NULL,
      PRIMARY KEY (service, topic, reason))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE dead_letter_counts`);
  }
}
