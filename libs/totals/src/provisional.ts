import type { Metric } from '@cw/extraction';
import { isWithdrawnCount } from './current-estimate';
import { currentReport, type Incident } from './incident';

// One attack, however terrible, stays under these: the deadliest single attacks on record killed about 3,000
// (New York, 2001) and a few hundred most years' worst. A count above them is a war's, a country's or a
// misreading ("9,000" for "90"), so it waits for a person (issue 12: "a figure that could move a country's total
// by an implausible amount counts as provisional and is flagged for a person, never added silently").
export const ONE_INCIDENT_AT_MOST: Record<Metric, number> = {
  killed: 2_000,
  injured: 5_000,
  displaced: 250_000,
  kidnapped: 1_000,
  missing: 2_000,
};

// A report that multiplies an incident's estimate tenfold, and by more than this, is more likely another count
// (a national total, a typo) than the same incident's toll.
const JUMP_FACTOR = 10;
const JUMP_AT_LEAST = 100;

/**
 * Why an incident's estimate is provisional, or null when it counts. Provisional: above what any one incident
 * reaches, or raised tenfold (and by more than a hundred) by the report that just set it. A provisional
 * incident keeps its reports and estimate but adds nothing to the totals until a later report brings it back
 * within bounds or an analyst confirms it; its figure is never silently added.
 */
export function provisionalReason(incident: Pick<Incident, 'metric' | 'value'>, before: number | null): string | null {
  const limit = ONE_INCIDENT_AT_MOST[incident.metric];
  if (incident.value > limit) return `${incident.value} ${incident.metric} in one incident is more than any one incident reaches (${limit})`;
  if (before !== null && before > 0 && incident.value >= before * JUMP_FACTOR && incident.value - before > JUMP_AT_LEAST)
    return `one report raised the estimate from ${before} to ${incident.value}`;
  return null;
}

/**
 * What an incident adds to the totals: its estimate; nothing while it is provisional, nothing while its estimate
 * is only a vague word ("dozens were wounded": shared/eval/CONVENTIONS.md adds no vague count to the primary totals;
 * the incident is kept, with its lower bound, and counts once a report gives a number), and nothing when its source
 * withdrew the only count there is (issue 12: "the withdrawn figure must stop counting").
 */
export const countedValue = (incident: Pick<Incident, 'value' | 'provisional' | 'reports' | 'currentFigureId'>): number =>
  incident.provisional || isVagueEstimate(incident) || isWithdrawnCount(incident.reports, incident.value) ? 0 : incident.value;

const isVagueEstimate = (incident: Pick<Incident, 'reports' | 'currentFigureId'>): boolean => currentReport(incident)?.vague ?? false;
