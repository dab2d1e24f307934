import type { SeriesPoint } from '@cw/contracts';

/** Most days drawn one by one; a longer period is drawn as the days that changed. */
export const MOST_FILLED_DAYS = 3660;

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The API gives only days whose total changed; a chart over a period needs every day, the quiet ones at 0
 * with the running total carried. Before the first change in the period the running total is what it was
 * when the period began (the API's running total counts from the first day on record).
 */
export const fillDays = (series: SeriesPoint[], from?: string, to?: string): SeriesPoint[] => {
  if (series.length === 0) return [];
  const first = dayNumber(from ?? series[0].day);
  const last = dayNumber(to ?? series[series.length - 1].day);
  if (!(last >= first) || last - first + 1 > MOST_FILLED_DAYS) return series;
  const byDay = new Map(series.map((point) => [point.day, point]));
  let running = series[0].runningTotal - series[0].value;
  const filled: SeriesPoint[] = [];
  for (let n = first; n <= last; n++) {
    const day = dayOf(n);
    const point = byDay.get(day);
    if (point) running = point.runningTotal;
    filled.push({ day, value: point?.value ?? 0, runningTotal: running });
  }
  return filled;
};
