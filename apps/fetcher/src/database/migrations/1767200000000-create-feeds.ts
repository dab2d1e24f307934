import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFeeds1767200000000 implements MigrationInterface {
  name = 'CreateFeeds1767200000000';

  async up(db: QueryRunner): Promise<void> {
    // The feed registry: what to poll, the conditional-GET validators (so a restart still gets a 304)
    // and the status an operator reads in GET /feeds/:id.
    // `url` is what we fetch, as given (it may carry user:password@ and is never shown unredacted);
    // `canonical_url` is its identity, so http://www.x/feed?utm_source=a and http://x/feed are one feed.
    await db.query(`CREATE TABLE feeds (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      url text NOT NULL,
      canonical_url text NOT NULL UNIQUE,
      title text,
      paused boolean NOT NULL DEFAULT false,
      added_at timestamptz NOT NULL DEFAULT now(),
      etag text,
      last_modified text,
      last_fetch_at timestamptz,
      last_success_at timestamptz,
      last_error text,
      last_error_code text,
      consecutive_failures integer NOT NULL DEFAULT 0,
      items_seen integer NOT NULL DEFAULT 0,
      articles_published integer NOT NULL DEFAULT 0,
      next_poll_at timestamptz)`);
    // Cross-feed dedupe compares a new story with the fingerprints of the last days only: this keeps
    // that scan to a range of the index instead of the whole table.
    await db.query(`CREATE INDEX seen_articles_first_seen_at ON seen_articles (first_seen_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX seen_articles_first_seen_at`);
    await db.query(`DROP TABLE feeds`);
  }
}
