import type { Metric } from '@cw/extraction';
import { addDays } from './calendar-day';
import type { IncidentCorrections } from './corrections/corrected-incident';
import type { ReportedFigure } from './reported-figure';

/**
 * One real event (an attack, a strike, a day's fighting in one place) however many reports mention it.
 * Country, region, metric and date are fixed when it is first reported, so its contribution never moves
 * between total rows; places, victims and reports grow as more outlets report it.
 */
export interface Incident {
  /** The figureId of its first report: deterministic, so a replay builds the same incidents. */
  incidentId: string;
  country: string;
  region: string | null;
  metric: Metric;
  date: string;
  /** True when the first report named no day (see ReportedFigure.dateInferred). */
  dateInferred: boolean;
  /** Every place any report named for it. */
  places: string[];
  regions: string[];
  /** Who its dead are: the most specific group its headline reports give (see headlineVictims). */
  victims: string;
  reports: ReportedFigure[];
  /** The report that gives the current estimate (see current-estimate.ts). */
  currentFigureId: string;
  /** The current estimate: what this incident contributes to the totals, unless it is provisional. */
  value: number;
  /**
   * Why the estimate is provisional (provisional.ts): set, the incident adds nothing to the totals and waits for a
   * person or a report that brings it within bounds. Absent or null, it counts.
   */
  provisional?: string | null;
  /** How analysts corrected it (issue 13; corrections/corrected-incident.ts); absent when nobody did. */
  corrected?: IncidentCorrections;
}

/** The report that gives an incident's current estimate. */
export const currentReport = (incident: Pick<Incident, 'reports' | 'currentFigureId'>): ReportedFigure | undefined =>
  incident.reports.find((r) => r.figureId === incident.currentFigureId);

/** What the aggregator loads before placing a figure: incidents of this country and metric dated within a day. */
export interface IncidentCandidateKey {
  country: string;
  metric: Metric;
  fromDay: string;
  toDay: string;
}

/** How far apart a follow-up and the incident it reports on may be dated (incident-match.ts, STORY_DAYS). */
export const STORY_WINDOW_DAYS = 7;

/**
 * A follow-up with no day of its own that names the very town of an incident may come weeks later ("Weeks after the
 * massacre, the government put the dead at 338"): it may join an incident this far back.
 */
export const TOWN_STORY_WINDOW_DAYS = 21;

// Matching never looks beyond the story window either side (incident-match.ts), so this query finds every
// incident the figure could join.
// A figure whose day only stood in for the publication day may reach back the town's window.
// A count dated only by its month (the 1st) may meet an incident on any day of that month.
export function incidentCandidateKey(figure: {
  country: string;
  metric: Metric;
  date: string;
  dateInferred?: boolean;
  monthOnly?: boolean;
}): IncidentCandidateKey {
  return {
    country: figure.country,
    metric: figure.metric,
    // A count of a month that another report gave only as its month ("in March last year") is kept on the month's
    // first day: a dated count of that month looks back to it.
    // The displaced are counted as they arrive, for weeks (incident-match.ts): their counts look back as far.
    fromDay: minDay(
      addDays(figure.date, -(figure.dateInferred || figure.metric === 'displaced' ? TOWN_STORY_WINDOW_DAYS : STORY_WINDOW_DAYS)),
      `${figure.date.slice(0, 7)}-01`,
    ),
    toDay: addDays(figure.date, figure.monthOnly ? 31 : STORY_WINDOW_DAYS),
  };
}

const minDay = (a: string, b: string): string => (a < b ? a : b);
