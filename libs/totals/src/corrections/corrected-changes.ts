import type { Incident } from '../incident';
import { countedValue } from '../provisional';
import type { ReportedFigure } from '../reported-figure';
import type { TotalChange } from '../total-change';
import type { LedgerUpdate } from '../totals-ledger';

// What caused a recount: the report a history row names.
export type Cause = Pick<ReportedFigure, 'figureId' | 'articleId' | 'url' | 'sentence'> & { correctionId?: string };

/** What an incident adds to the totals: nothing while it counts inside another one or is provisional. */
export const contribution = (incident: Incident | undefined): number => (!incident || incident.corrected?.mergedInto ? 0 : countedValue(incident));

/** The changes that take the totals from what `before` counted to what `now` counts: two when it moved between rows. */
export function changesBetween(before: Incident | undefined, now: Incident, cause: Cause): TotalChange[] {
  const was = contribution(before);
  const is = contribution(now);
  const sameRow =
    before && before.country === now.country && before.metric === now.metric && before.date === now.date && before.region === now.region;
  const change = (incident: Incident, from: number, to: number): TotalChange => ({
    country: incident.country,
    region: incident.region,
    metric: incident.metric,
    day: incident.date,
    before: from,
    after: to,
    delta: to - from,
    incidentId: incident.incidentId,
    figureId: cause.figureId,
    articleId: cause.articleId,
    url: cause.url,
    sentence: cause.sentence,
    ...(cause.correctionId ? { correctionId: cause.correctionId } : {}),
  });
  if (!before || sameRow) return was === is ? [] : [change(now, was, is)];
  return [...(was > 0 ? [change(before, was, 0)] : []), ...(is > 0 ? [change(now, 0, is)] : [])];
}

// Only what the totals read or a store writes: an incident counted again to the same state is not written again.
export const sameCount = (a: Incident, b: Incident): boolean => {
  const { reports: ra, ...sa } = a;
  const { reports: rb, ...sb } = b;
  return ra.length === rb.length && JSON.stringify(sa) === JSON.stringify(sb);
};

export function noteProvisional(before: Incident | undefined, now: Incident, update: LedgerUpdate): void {
  if (now.provisional && !now.corrected?.mergedInto && !before?.provisional)
    update.provisional.push({ incidentId: now.incidentId, figureId: now.currentFigureId, why: now.provisional });
}
