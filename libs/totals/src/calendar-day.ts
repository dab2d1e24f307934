// Days are ISO calendar days (YYYY-MM-DD) in UTC: incident dates come resolved from extraction, and the
// publication time is the only clock a pure lib may read.

const DAY_MS = 86_400_000;

/** The UTC calendar day of an ISO timestamp: "2019-08-10T15:00:00Z" is "2019-08-10". */
export function dayOf(isoTimestamp: string): string {
  return new Date(isoTimestamp).toISOString().slice(0, 10);
}

/** The day `days` after `day` (negative for before). */
export function addDays(day: string, days: number): string {
  const key = `${day}|${days}`;
  let result = shifted.get(key);
  if (result === undefined) {
    result = new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
    if (shifted.size >= 10_000) shifted.clear();
    shifted.set(key, result);
  }
  return result;
}

// The aggregator asks for the days either side of every figure's day: a few hundred distinct answers.
const shifted = new Map<string, string>();

/** Whole days between two days, ignoring order. */
export function daysApart(a: string, b: string): number {
  return a === b ? 0 : Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
}
