import type { Metric } from '@cw/extraction';

/**
 * What an analyst may change about one figure (issue 13). A value or victims change keeps the figure in its
 * incident; a metric, country or day other than its incident's, or a change of kind, takes it out of the incident
 * (see corrected-incident.ts). `since` is a tally's start, for a figure made a tally.
 */
export interface FigureChange {
  value?: number;
  metric?: Metric;
  kind?: 'incident' | 'cumulative';
  /** The day of the incident, YYYY-MM-DD. */
  date?: string;
  /** ISO-3166 alpha-2. */
  country?: string;
  victims?: string;
  since?: string | null;
}

/**
 * One analyst's decision. Figure corrections name the incident the figure stood in when it was made (null for a
 * figure outside every incident: no country, a roll-up or a tally), so a store can find it; the figure id is what
 * the correction follows, on every redelivery and replay.
 */
export type CorrectionAction =
  /** The figure is right: it counts as read, and a provisional estimate it gives counts. */
  | { action: 'confirm'; figureId: string; incidentId: string | null }
  /** The figure is wrong: it counts nowhere and gives no estimate. */
  | { action: 'reject'; figureId: string; incidentId: string | null }
  | { action: 'change'; figureId: string; incidentId: string | null; change: FigureChange }
  /** The report is about another event: it leaves its incident and is an incident of its own. */
  | { action: 'split'; figureId: string; incidentId: string | null }
  /** Two incidents are one: `incidentId` counts inside `intoIncidentId` from now on. */
  | { action: 'merge'; incidentId: string; intoIncidentId: string }
  /** The incident's estimate, set by hand: it counts `value`, whatever its reports say, and `why` says why. */
  | { action: 'set-estimate'; incidentId: string; value: number };

export type CorrectionKind = CorrectionAction['action'];

export const CORRECTION_ACTIONS: readonly CorrectionKind[] = ['confirm', 'reject', 'change', 'split', 'merge', 'set-estimate'];

/** Who made a correction, when and why: every correction carries them, into the history and the totals topic. */
export interface CorrectionAuthor {
  /** Deterministic and unique: a correction applied twice (an import, a retried request) is applied once. */
  correctionId: string;
  by: string;
  /** ISO timestamp. */
  at: string;
  why: string;
}

export type Correction = CorrectionAction & CorrectionAuthor;

/** The figure a correction is about, or null for one about incidents. */
export const correctedFigureId = (correction: CorrectionAction): string | null => ('figureId' in correction ? correction.figureId : null);

/** The incidents a correction names. */
export const correctedIncidentIds = (correction: CorrectionAction): string[] => {
  if (correction.action === 'merge') return [correction.incidentId, correction.intoIncidentId];
  return correction.incidentId ? [correction.incidentId] : [];
};
