import type { TotalChange } from '@cw/totals';
import type { EntityManager } from 'typeorm';
import { jsonRows } from '../database/json-rows';
import { lockCountryMetrics } from './country-metric-lock';

const DayKey = jsonRows<{ country: string; region: string; metric: string; day: string }>({
  country: 'text',
  region: 'text',
  metric: 'text',
  day: 'date',
});
const DayRow = jsonRows<{ country: string; region: string; metric: string; day: string; value: number }>({
  country: 'text',
  region: 'text',
  metric: 'text',
  day: 'date',
  value: 'bigint',
});
const CountryMetric = jsonRows<{ country: string; metric: string }>({ country: 'text', metric: 'text' });

export interface HistoryEntry {
  change: TotalChange;
  dayBefore: number;
  dayAfter: number;
  countryBefore: number;
  countryAfter: number;
}

const dayKey = (country: string, region: string, metric: string, day: string) => `${country}|${region}|${metric}|${day}`;
const countryKey = (country: string, metric: string) => `${country}|${metric}`;

/**
 * Applies a batch's changes to the day rows (country-wide, and per region where known) in memory, then
 * writes each touched row's final value once. Reading the rows first, under lock, gives every change its
 * exact before and after for the history without a round trip per change.
 */
export const applyToDayTotals = async (db: EntityManager, changes: TotalChange[]): Promise<HistoryEntry[]> => {
  if (changes.length === 0) return [];
  const rows = new Map<string, { country: string; region: string; metric: string; day: string; value: number }>();
  for (const c of changes) {
    for (const region of c.region ? ['', c.region] : [''])
      rows.set(dayKey(c.country, region, c.metric, c.day), { country: c.country, region, metric: c.metric, day: c.day, value: 0 });
  }
  const keys = [...rows.values()];
  // Keeps each history row's country before/after exact while partitions apply side by side.
  await lockCountryMetrics(db, changes);
  const row = (country: string, region: string, metric: string, day: string) => {
    const found = rows.get(dayKey(country, region, metric, day));
    if (!found) throw new Error(`day row ${dayKey(country, region, metric, day)} was not loaded`);
    return found;
  };
  const stored: { country: string; region: string; metric: string; day: string; value: string }[] = await db.query(
    `SELECT d.country, d.region, d.metric, d.day::text AS day, d.value FROM daily_totals d
     JOIN ${DayKey.from('$1', 'k')}
       ON d.country = k.country AND d.region = k.region AND d.metric = k.metric AND d.day = k.day
     ORDER BY 1, 2, 3, 4 FOR UPDATE OF d`,
    [DayKey.param(keys)],
  );
  for (const loaded of stored) row(loaded.country, loaded.region, loaded.metric, loaded.day).value = Number(loaded.value);

  const pairs = [...new Map(changes.map((c) => [countryKey(c.country, c.metric), c])).values()];
  const sums: { country: string; metric: string; total: string }[] = await db.query(
    `SELECT country, metric, SUM(value)::bigint AS total FROM daily_totals
     WHERE region = '' AND (country, metric) IN (SELECT k.country, k.metric FROM ${CountryMetric.from('$1', 'k')})
     GROUP BY country, metric`,
    [CountryMetric.param(pairs.map((c) => ({ country: c.country, metric: c.metric })))],
  );
  const countryTotals = new Map(sums.map((row) => [countryKey(row.country, row.metric), Number(row.total)]));

  const entries = changes.map((change) => {
    const countryRow = row(change.country, '', change.metric, change.day);
    const countryBefore = countryTotals.get(countryKey(change.country, change.metric)) ?? 0;
    const dayBefore = countryRow.value;
    countryRow.value += change.delta;
    if (change.region) row(change.country, change.region, change.metric, change.day).value += change.delta;
    countryTotals.set(countryKey(change.country, change.metric), countryBefore + change.delta);
    return { change, dayBefore, dayAfter: countryRow.value, countryBefore, countryAfter: countryBefore + change.delta };
  });

  // Final values only: never negative, so the `value >= 0` check holds for every proposed row.
  await db.query(
    `INSERT INTO daily_totals (${DayRow.columns})
     SELECT ${DayRow.columns} FROM ${DayRow.from('$1')}
     ON CONFLICT (country, region, metric, day) DO UPDATE SET value = EXCLUDED.value`,
    [DayRow.param(keys)],
  );
  return entries;
};
