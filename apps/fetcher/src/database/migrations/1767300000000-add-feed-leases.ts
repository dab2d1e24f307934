import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFeedLeases1767300000000 implements MigrationInterface {
  name = 'AddFeedLeases1767300000000';

  async up(db: QueryRunner): Promise<void> {
    // Several fetchers share the registry: a feed is polled by the one holding its lease, which it renews
    // while polling and clears when it records the poll. A holder that dies stops renewing, and the lease
    // lapses at lease_until (the database's clock, so the fetchers' clocks never have to agree).
    await db.query(`ALTER TABLE feeds ADD COLUMN lease_holder text, ADD COLUMN lease_until timestamptz`);
    // The claim query reads the due feeds, earliest first (never-polled ones before all).
    await db.query(`CREATE INDEX feeds_due ON feeds (next_poll_at NULLS FIRST, id) WHERE NOT paused`);
    // Per-host politeness across fetchers: HOST_CONCURRENCY rows per host, each a slot a fetcher holds
    // for one request (see feed-poller/host-slots.ts for why a table, not advisory locks).
    await db.query(`CREATE TABLE host_slots (
      host text NOT NULL,
      slot integer NOT NULL,
      holder text,
      held_until timestamptz,
      PRIMARY KEY (host, slot))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE host_slots`);
    await db.query(`DROP INDEX feeds_due`);
    await db.query(`ALTER TABLE feeds DROP COLUMN lease_until, DROP COLUMN lease_holder`);
  }
}
