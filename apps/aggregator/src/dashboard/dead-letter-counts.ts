import { cleanText } from '@cw/articles';
import type { DeadLetterV1 } from '@cw/contracts';
import type { PartitionBatch, StoredOffset } from '@cw/kafka';
import type { DataSource } from 'typeorm';
import { jsonRows } from '../database/json-rows';

const CountRow = jsonRows<{ service: string; topic: string; reason: string; count: number; first_failed_at: string; last_failed_at: string }>({
  service: 'text',
  topic: 'text',
  reason: 'text',
  count: 'bigint',
  first_failed_at: 'timestamptz',
  last_failed_at: 'timestamptz',
});

export interface DeadLetterCount {
  service: string;
  topic: string;
  reason: DeadLetterV1['reason'];
  count: number;
  firstFailedAt: string;
  lastFailedAt: string;
}

/**
 * Dead letters counted by service, original topic and reason, for the operations view. Kafka delivers at
 * least once, so each batch commits its counts and its offset in one transaction and skips what an earlier
 * commit already counted (STYLE.md section 6, as TotalsWriter does with consumer_offsets).
 */
export class DeadLetterCounts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
  ) {}

  /** Returns how many letters of the batch were new. */
  async record(batch: PartitionBatch<DeadLetterV1>): Promise<number> {
    return this.dataSource.transaction('READ COMMITTED', async (db) => {
      const key = [this.groupId, batch.topic, batch.partition];
      // The row first, then its lock: a consumer that still holds this partition after a rebalance waits here.
      await db.query(`INSERT INTO consumer_offsets (group_id, topic, partition, next_offset) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING`, key);
      const [{ next_offset: stored }]: { next_offset: string }[] = await db.query(
        `SELECT next_offset FROM consumer_offsets WHERE group_id = $1 AND topic = $2 AND partition = $3 FOR UPDATE`,
        key,
      );
      const fresh = batch.messages.filter((message) => BigInt(message.offset) >= BigInt(stored)).map((message) => message.value);
      const counts = countLetters(fresh);
      if (counts.length > 0) {
        await db.query(
          `INSERT INTO dead_letter_counts (service, topic, reason, count, first_failed_at, last_failed_at)
           SELECT ${CountRow.columns} FROM ${CountRow.from('$1')}
           ON CONFLICT (service, topic, reason) DO UPDATE SET count = dead_letter_counts.count + EXCLUDED.count,
             first_failed_at = least(dead_letter_counts.first_failed_at, EXCLUDED.first_failed_at),
             last_failed_at = greatest(dead_letter_counts.last_failed_at, EXCLUDED.last_failed_at)`,
          [
            CountRow.param(
              counts.map((c) => ({
                service: c.service,
                topic: c.topic,
                reason: c.reason,
                count: c.count,
                first_failed_at: c.firstFailedAt,
                last_failed_at: c.lastFailedAt,
              })),
            ),
          ],
        );
      }
      await db.query(`UPDATE consumer_offsets SET next_offset = greatest(next_offset, $4) WHERE group_id = $1 AND topic = $2 AND partition = $3`, [
        ...key,
        batch.nextOffset,
      ]);
      return fresh.length;
    });
  }

  async storedOffsets(topic: string): Promise<StoredOffset[]> {
    const rows: { partition: number; next_offset: string }[] = await this.dataSource.query(
      `SELECT partition, next_offset FROM consumer_offsets WHERE group_id = $1 AND topic = $2`,
      [this.groupId, topic],
    );
    return rows.map((row) => ({ partition: row.partition, offset: String(row.next_offset) }));
  }

  async list(): Promise<DeadLetterCount[]> {
    const rows: { service: string; topic: string; reason: DeadLetterV1['reason']; count: string; first: Date; last: Date }[] =
      await this.dataSource.query(
        `SELECT service, topic, reason, count, first_failed_at AS first, last_failed_at AS last FROM dead_letter_counts ORDER BY service, topic, reason`,
      );
    return rows.map((row) => ({
      service: row.service,
      topic: row.topic,
      reason: row.reason,
      count: Number(row.count),
      firstFailedAt: row.first.toISOString(),
      lastFailedAt: row.last.toISOString(),
    }));
  }
}

const countLetters = (letters: DeadLetterV1[]): DeadLetterCount[] => {
  const counts = new Map<string, DeadLetterCount>();
  for (const letter of letters) {
    // A letter is any producer's message: a NUL in its service or topic must not make the tally's batch fail.
    const service = cleanText(letter.service).slice(0, 200);
    const topic = cleanText(letter.topic).slice(0, 300);
    const key = JSON.stringify([service, topic, letter.reason]);
    const count = counts.get(key) ?? {
      service,
      topic,
      reason: letter.reason,
      count: 0,
      firstFailedAt: letter.failedAt,
      lastFailedAt: letter.failedAt,
    };
    count.count += 1;
    if (letter.failedAt < count.firstFailedAt) count.firstFailedAt = letter.failedAt;
    if (letter.failedAt > count.lastFailedAt) count.lastFailedAt = letter.failedAt;
    counts.set(key, count);
  }
  return [...counts.values()];
};
