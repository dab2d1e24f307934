import type { EntityManager } from 'typeorm';

/**
 * One transaction at a time per country and metric, for the rest of the transaction. Every write of an
 * incident, a day total or the history of one country and metric happens under this lock, so whatever a
 * transaction reads after taking it stays true until it commits: partitions apply side by side, and two
 * aggregators of one group never place figures into the same incident at once. Taken in one sorted order,
 * so they cannot deadlock; taking one again in the same transaction is free.
 */
export const lockCountryMetrics = async (db: EntityManager, pairs: { country: string; metric: string }[]): Promise<void> => {
  const keys = [...new Set(pairs.map((pair) => `${pair.country}|${pair.metric}`))].sort();
  if (keys.length === 0) return;
  await db.query(`SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) AS k ORDER BY k`, [keys]);
};
