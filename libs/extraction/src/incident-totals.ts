import type { CasualtyFigure } from './casualty-figure';

export interface IncidentTotals {
  killed: number;
  injured: number;
  displaced: number;
}

const TOTALLED = ['killed', 'injured', 'displaced'] as const;

/**
 * Incident figures summed per country and metric; running tallies ("more than 370,000 since 2011") never add.
 * An update ("the death toll rose to 45") supersedes the figures of its day rather than adding to them:
 * each day counts the larger of its updated toll and the sum of its other incidents.
 */
export function incidentTotals(figures: readonly CasualtyFigure[]): Record<string, IncidentTotals> {
  const byDay = new Map<string, { sum: number; update: number }>();
  for (const f of figures) {
    if (f.kind !== 'incident' || !(TOTALLED as readonly string[]).includes(f.metric)) continue;
    const key = `${f.country ?? 'unknown'}|${f.metric}|${f.date ?? ''}`;
    const day = byDay.get(key) ?? { sum: 0, update: 0 };
    if (f.isUpdate) day.update = Math.max(day.update, f.value);
    else day.sum += f.value;
    byDay.set(key, day);
  }
  const totals: Record<string, IncidentTotals> = {};
  for (const [key, day] of byDay) {
    const [country, metric] = key.split('|') as [string, (typeof TOTALLED)[number]];
    totals[country] ??= { killed: 0, injured: 0, displaced: 0 };
    totals[country][metric] += Math.max(day.sum, day.update);
  }
  return totals;
}
