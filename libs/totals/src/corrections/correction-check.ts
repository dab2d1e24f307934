import type { Incident } from '../incident';
import type { Correction, FigureChange } from './correction';
import type { CorrectionSet } from './correction-set';

/** Why a correction cannot be applied: an unknown figure or incident, a change that makes no sense, or a loop. */
export interface CorrectionRefusal {
  refused: 'not-found' | 'invalid' | 'conflict';
  why: string;
}

/** What the check needs to know of the figures and incidents a correction names. */
export interface CorrectionSubjects {
  /** A figure the ledger holds: its kind, and its country as read (null when it had none). */
  figure(figureId: string): { kind: 'incident' | 'cumulative'; country: string | null } | undefined;
  /** An incident as the totals count it. */
  incident(incidentId: string): Incident | undefined;
  corrections: CorrectionSet;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SINCE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const COUNTRY = /^[A-Za-z]{2}$/;
const MAX_COUNT = 100_000_000;

// "2024-02-30" matches the pattern; only a round trip through the calendar tells it is no day.
const isCalendarDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
};

const isCount = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;

function checkChange(change: FigureChange): string | null {
  const fields = Object.entries(change).filter(([, value]) => value !== undefined);
  if (fields.length === 0) return 'a change names at least one of value, metric, kind, date, country, victims, since';
  if (change.value !== undefined && !isCount(change.value)) return `value ${change.value} is not a count`;
  if (change.date !== undefined && (!DAY.test(change.date) || !isCalendarDay(change.date))) return `date ${change.date} is not a day (YYYY-MM-DD)`;
  if (change.country !== undefined && !COUNTRY.test(change.country)) return `country ${change.country} is not an ISO-3166 alpha-2 code`;
  if (change.victims !== undefined && change.victims.trim() === '') return 'victims is empty';
  if (change.since !== undefined && change.since !== null && !SINCE.test(change.since))
    return `since ${change.since} is not YYYY, YYYY-MM or YYYY-MM-DD`;
  return null;
}

/**
 * Whether a correction can be applied, and if not why: the figures and incidents it names exist, a change is one
 * a figure can take, a merge joins two incidents of one country and metric that do not already count as one.
 */
export function checkCorrection(correction: Correction, subjects: CorrectionSubjects): CorrectionRefusal | null {
  if (!correction.why.trim()) return { refused: 'invalid', why: 'a correction says why' };
  if (correction.action === 'merge') {
    if (correction.incidentId === correction.intoIncidentId) return { refused: 'invalid', why: 'an incident cannot be merged into itself' };
    const from = subjects.incident(correction.incidentId);
    const into = subjects.incident(correction.intoIncidentId);
    if (!from) return { refused: 'not-found', why: `no incident ${correction.incidentId}` };
    if (!into) return { refused: 'not-found', why: `no incident ${correction.intoIncidentId}` };
    if (from.country !== into.country || from.metric !== into.metric)
      return { refused: 'invalid', why: `incidents of ${from.country} ${from.metric} and ${into.country} ${into.metric} cannot be one` };
    if (subjects.corrections.wouldLoop(correction.incidentId, correction.intoIncidentId))
      return { refused: 'conflict', why: 'the two incidents already count as one' };
    return null;
  }
  if (correction.action === 'set-estimate') {
    if (!subjects.incident(correction.incidentId)) return { refused: 'not-found', why: `no incident ${correction.incidentId}` };
    if (!isCount(correction.value)) return { refused: 'invalid', why: `value ${correction.value} is not a count` };
    return null;
  }
  const figure = subjects.figure(correction.figureId);
  if (!figure) return { refused: 'not-found', why: `no figure ${correction.figureId}` };
  if (correction.action === 'change') {
    const problem = checkChange(correction.change);
    if (problem) return { refused: 'invalid', why: problem };
    const kind = correction.change.kind ?? subjects.corrections.figure(correction.figureId)?.change?.kind ?? figure.kind;
    const country = correction.change.country ?? subjects.corrections.figure(correction.figureId)?.change?.country ?? figure.country;
    if (kind === 'incident' && !country) return { refused: 'invalid', why: 'a figure with no country counts nowhere: give it its country' };
  }
  if (correction.action === 'split' && !figure.country && !subjects.corrections.figure(correction.figureId)?.change?.country)
    return { refused: 'invalid', why: 'a figure with no country counts nowhere: give it its country' };
  return null;
}
