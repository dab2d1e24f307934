import type { Metric } from '@cw/extraction';
import type { CorrectionSet } from '../corrections/correction-set';
import type { Incident } from '../incident';
import type { ReportedFigure } from '../reported-figure';
import type { ReportedTally } from '../reported-tally';
import type { LedgerUpdate } from '../totals-ledger';

/** Why something waits for a person (issue 13). Figures still reach the totals within seconds; these are marked and queued. */
export type ReviewReason = 'low-confidence' | 'provisional' | 'far-larger' | 'suggested-merge' | 'downward-revision' | 'tally-above-total';

export const REVIEW_REASONS: readonly ReviewReason[] = [
  'low-confidence',
  'provisional',
  'far-larger',
  'suggested-merge',
  'downward-revision',
  'tally-above-total',
];

/** One thing for a person to look at, and why. `figureId` and `incidentId` say what a correction resolves it by. */
export interface ReviewItem {
  reason: ReviewReason;
  figureId: string | null;
  incidentId: string | null;
  country: string | null;
  metric: Metric | null;
  why: string;
}

export interface ReviewOptions {
  /** A figure read with less confidence than this (0..1) waits for a person. */
  confidenceBelow: number;
}

// A report several times larger than every other count of its incident, and by more than a handful, is more often a
// misreading ("900" for "90", a national count) than a toll that grew; the provisional rule (tenfold and over a
// hundred) holds the worst back from the totals, this only asks a person to look.
const FAR_FACTOR = 5;
const FAR_MARGIN = 20;

/** True when `report` is far larger than every firm count of the incident's other reports. */
export function isFarLarger(report: Pick<ReportedFigure, 'figureId' | 'value'>, incident: Pick<Incident, 'reports'>): boolean {
  const others = incident.reports.filter((r) => r.figureId !== report.figureId && !r.vague).map((r) => r.value);
  if (others.length === 0) return false;
  const largest = Math.max(...others);
  return report.value >= largest * FAR_FACTOR && report.value - largest >= FAR_MARGIN;
}

const DOUBT_WORDS: Record<string, string> = {
  'vague-count': 'a vague count',
  'day-not-told': 'no day told',
  'day-by-reference': 'a day told by reference',
  'no-country': 'no country',
  'no-source': 'no source',
  'cue-far-from-number': 'the casualty word far from the number',
  'source-in-doubt': 'a source in doubt',
  'contradicted-in-report': 'a count the report contradicts',
  withdrawn: 'a count its source withdrew',
};

const lowConfidence = (figure: ReportedFigure, options: ReviewOptions): string | null => {
  const confidence = figure.confidence;
  if (!confidence || confidence.score >= options.confidenceBelow) return null;
  const doubts = confidence.doubts.map((d) => DOUBT_WORDS[d] ?? d).join(', ');
  return `read with confidence ${confidence.score}${doubts ? `: ${doubts}` : ''}`;
};

/**
 * What one update of the ledger brings to the queue: figures read with low confidence, incidents that became
 * provisional, reports far larger than their incident's others, suggested merges and downward revisions. Nothing a
 * correction already resolved (a replay with the corrections kept brings back no item they closed).
 */
export function reviewItemsOf(update: LedgerUpdate, corrections: CorrectionSet, options: ReviewOptions): ReviewItem[] {
  const items: ReviewItem[] = [];
  const incidents = new Map(update.incidents.map((incident) => [incident.incidentId, incident]));
  for (const { figureId, incidentId } of update.placed) {
    const incident = incidents.get(incidentId);
    const report = incident?.reports.find((r) => r.figureId === figureId);
    if (!incident || !report) continue;
    const where = { figureId, incidentId, country: incident.country, metric: incident.metric };
    const doubt = lowConfidence(report, options);
    if (doubt) items.push({ reason: 'low-confidence', ...where, why: doubt });
    if (isFarLarger(report, incident)) {
      const largest = Math.max(...incident.reports.filter((r) => r.figureId !== figureId && !r.vague).map((r) => r.value));
      items.push({ reason: 'far-larger', ...where, why: `${report.value} where the incident's other reports give at most ${largest}` });
    }
  }
  for (const loose of update.loose) {
    const doubt = lowConfidence(loose, options);
    if (doubt)
      items.push({ reason: 'low-confidence', figureId: loose.figureId, incidentId: null, country: loose.country, metric: loose.metric, why: doubt });
  }
  for (const { incidentId, figureId, why } of update.provisional) {
    const incident = incidents.get(incidentId);
    items.push({ reason: 'provisional', figureId, incidentId, country: incident?.country ?? null, metric: incident?.metric ?? null, why });
  }
  for (const { incidentId, withIncidentId, why } of update.suggestedMerges) {
    const incident = incidents.get(incidentId);
    items.push({
      reason: 'suggested-merge',
      figureId: incidentId,
      incidentId,
      country: incident?.country ?? null,
      metric: incident?.metric ?? null,
      why: `may be incident ${withIncidentId}: ${why}`,
    });
  }
  for (const change of update.changes) {
    // A provisional estimate counts nothing: that drop has its own item.
    if (change.delta >= 0 || change.correctionId || incidents.get(change.incidentId)?.provisional) continue;
    const retracted = change.after === 0;
    items.push({
      reason: 'downward-revision',
      figureId: change.figureId,
      incidentId: change.incidentId,
      country: change.country,
      metric: change.metric,
      why: retracted ? `a report withdrew the count of ${change.before}` : `a report lowered the estimate from ${change.before} to ${change.after}`,
    });
  }
  return items.filter((item) => !isResolved(item, corrections));
}

/**
 * A tally above what the totals counted in the same country and metric over the days it covers: the totals may miss
 * incidents. Only a tally whose start the totals cover: they begin when Casualty Watch began reading, so a war-long
 * tally ("more than 370,000 since 2011") is above them by design and says nothing.
 */
export function tallyAboveTotal(tally: ReportedTally, counted: { firstDay: string | null; since: number }): ReviewItem | null {
  const start = tallyStartDay(tally.since);
  if (!start || !counted.firstDay || start < counted.firstDay || tally.value <= counted.since) return null;
  const computedSince = counted.since;
  return {
    reason: 'tally-above-total',
    figureId: tally.figureId,
    incidentId: null,
    country: tally.country,
    metric: tally.metric,
    why: `${tally.source ?? 'a report'} counts ${tally.value} ${tally.metric} since ${tally.since}, the totals ${computedSince}`,
  };
}

/** The first day a tally's start stands for ("2011" is 2011-01-01), or null when it gave none. */
export function tallyStartDay(since: string | null): string | null {
  if (!since) return null;
  return since.length === 4 ? `${since}-01-01` : since.length === 7 ? `${since}-01` : since;
}

/** True when a correction already settled what the item asks: the figure or the incident it names was corrected. */
export function isResolved(item: Pick<ReviewItem, 'figureId' | 'incidentId'>, corrections: CorrectionSet): boolean {
  if (item.figureId && corrections.figure(item.figureId)) return true;
  return Boolean(item.incidentId && (corrections.incident(item.incidentId) || corrections.groupOf(item.incidentId).length > 1));
}
