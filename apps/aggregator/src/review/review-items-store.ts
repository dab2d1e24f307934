import { type ReportedTally, type ReviewItem, tallyAboveTotal, tallyStartDay } from '@cw/totals';
import type { EntityManager } from 'typeorm';
import { jsonRows } from '../database/json-rows';

const ItemRow = jsonRows<{
  reason: string;
  country: string | null;
  metric: string | null;
  figure_id: string | null;
  incident_id: string | null;
  why: string;
}>({
  reason: 'text',
  country: 'text',
  metric: 'text',
  figure_id: 'text',
  incident_id: 'text',
  why: 'text',
});
const TallyStart = jsonRows<{ country: string; metric: string; start: string }>({ country: 'text', metric: 'text', start: 'date' });

/** Opens review items in the transaction that brought them; one open item per reason and subject, whatever the retries. */
export const openReviewItems = async (db: EntityManager, items: ReviewItem[]): Promise<void> => {
  if (items.length === 0) return;
  const rows = items.map((item) => ({
    reason: item.reason,
    country: item.country,
    metric: item.metric,
    figure_id: item.figureId,
    incident_id: item.incidentId,
    why: item.why.slice(0, 2_000),
  }));
  await db.query(
    `INSERT INTO review_items (${ItemRow.columns}) SELECT ${ItemRow.columns} FROM ${ItemRow.from('$1')} ORDER BY n
     ON CONFLICT (reason, coalesce(figure_id, ''), coalesce(incident_id, '')) WHERE closed_at IS NULL DO NOTHING`,
    [ItemRow.param(rows)],
  );
};

/**
 * Closes the open items a correction resolved: those about the figure or the incidents it names, and the
 * provisional items of incidents no longer provisional. Answers how many it closed.
 */
export const closeReviewItems = async (
  db: EntityManager,
  resolved: { correctionId: string; figureIds: string[]; incidentIds: string[]; noLongerProvisional: string[] },
): Promise<number> => {
  const [, closed]: [unknown, number] = await db.query(
    `UPDATE review_items SET closed_at = now(), closed_by = $1
     WHERE closed_at IS NULL AND (figure_id = ANY($2::text[]) OR incident_id = ANY($3::text[])
       OR (reason = 'provisional' AND incident_id = ANY($4::text[])))`,
    [resolved.correctionId, resolved.figureIds, resolved.incidentIds, resolved.noLongerProvisional],
  );
  return closed;
};

/**
 * The tallies above what the totals counted over the days they cover (review-items.ts, tallyAboveTotal), read after
 * the batch's totals are written. A tally the totals do not cover (it starts before the first day counted) costs
 * one index probe.
 */
export const talliesAboveTotals = async (db: EntityManager, tallies: ReportedTally[]): Promise<ReviewItem[]> => {
  const dated = tallies.filter((t) => t.country && tallyStartDay(t.since));
  if (dated.length === 0) return [];
  const rows: { n: string; first_day: string | null; since: string | null }[] = await db.query(
    `SELECT k.n, f.first_day::text AS first_day,
       CASE WHEN f.first_day IS NOT NULL AND k.start >= f.first_day THEN
         (SELECT coalesce(sum(d.value), 0) FROM daily_totals d WHERE d.country = k.country AND d.region = '' AND d.metric = k.metric AND d.day >= k.start)
       END AS since
     FROM ${TallyStart.from('$1', 'k')}
     CROSS JOIN LATERAL (SELECT min(d.day) AS first_day FROM daily_totals d WHERE d.country = k.country AND d.region = '' AND d.metric = k.metric) f`,
    [TallyStart.param(dated.map((t) => ({ country: t.country as string, metric: t.metric, start: tallyStartDay(t.since) as string })))],
  );
  return rows
    .map((row) => tallyAboveTotal(dated[Number(row.n) - 1], { firstDay: row.first_day, since: Number(row.since ?? 0) }))
    .filter((item): item is ReviewItem => item !== null);
};
