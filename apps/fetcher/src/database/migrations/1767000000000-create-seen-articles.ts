import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSeenArticles1767000000000 implements MigrationInterface {
  name = 'CreateSeenArticles1767000000000';

  async up(db: QueryRunner): Promise<void> {
    // An article is published once: its id (canonical URL or guid) or its text fingerprint is here after.
    await db.query(`CREATE TABLE seen_articles (
      article_id text PRIMARY KEY,
      canonical_url text,
      fingerprint text NOT NULL,
      feed_url text NOT NULL,
      published_at timestamptz,
      first_seen_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX seen_articles_fingerprint ON seen_articles (fingerprint)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE seen_articles`);
  }
}
