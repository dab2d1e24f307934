import type { Incident } from './incident';
import { findIncidentMatch, linkOf, nearestMiss } from './incident-match';
import { estimateAndVictims } from './current-estimate';
import type { PlacedFigure, ReportedFigure } from './reported-figure';
import type { TotalChange } from './total-change';
import { normalisePlace } from './place-evidence';
import { countedValue, provisionalReason } from './provisional';

export interface FigurePlacement {
  /** The incident after this figure: new, updated, or (for a duplicate) unchanged. */
  incident: Incident;
  isNew: boolean;
  /** True when an incident already held this figureId: a redelivery, which changes nothing. */
  isDuplicate: boolean;
  /** Null when the incident's estimate did not move. */
  change: TotalChange | null;
  /** A new incident that nearly matches one already held: a merge for a person to judge (issue 13). */
  suggestedMerge?: { incidentId: string; why: string };
}

/**
 * Places one incident figure among the candidate incidents (see incidentCandidateKey) and says what to
 * write back. Pure: the candidates are not modified; the returned incident replaces the stored one.
 */
export function placeFigure(candidates: Incident[], figure: PlacedFigure): FigurePlacement {
  const holder = candidates.find((c) => c.reports.some((r) => r.figureId === figure.figureId));
  if (holder) return { incident: holder, isNew: false, isDuplicate: true, change: null };
  return placeNewFigure(candidates, figure);
}

/** placeFigure for a figure the caller knows no incident holds (the ledger keeps an index of them). */
export function placeNewFigure(candidates: Incident[], figure: PlacedFigure, sibling: Incident | null = null): FigurePlacement {
  // A count nothing else places goes with the incident of its sibling count (ledger: siblingIncident), weakly linked.
  const found = findIncidentMatch(candidates, figure) ?? (sibling ? { incident: sibling, score: 0, link: linkOf('story-follow-up') } : null);
  const report: ReportedFigure = { ...toReport(figure), link: found?.link ?? linkOf('first-report') };
  const match = found?.incident ?? null;
  if (!match) {
    const incident: Incident = {
      incidentId: figure.figureId,
      country: figure.country,
      region: figure.region,
      metric: figure.metric,
      date: figure.date,
      dateInferred: figure.dateInferred,
      places: [...figure.places],
      regions: [...figure.regions],
      victims: figure.victims,
      reports: [report],
      currentFigureId: figure.figureId,
      value: figure.value,
      provisional: provisionalReason(figure, null),
    };
    const miss = nearestMiss(candidates, figure);
    return {
      incident,
      isNew: true,
      isDuplicate: false,
      change: describeChange(incident, 0, figure),
      ...(miss ? { suggestedMerge: { incidentId: miss.incident.incidentId, why: miss.why } } : {}),
    };
  }

  const reports = [...match.reports, report];
  const { current, victims } = estimateAndVictims(reports);
  const incident: Incident = {
    ...match,
    places: mergeNames(match.places, figure.places),
    regions: mergeNames(match.regions, figure.regions),
    victims,
    reports,
    currentFigureId: current.figureId,
    value: current.value,
    provisional:
      current.value === match.value
        ? (match.provisional ?? null)
        : // "hundreds were displaced", then "nearly 14,000": a number after a vague word is no tenfold jump.
          provisionalReason({ metric: match.metric, value: current.value }, countedValue(match) > 0 ? match.value : null),
  };
  return { incident, isNew: false, isDuplicate: false, change: describeChange(incident, countedValue(match), figure) };
}

// The totals move by what incidents count: a provisional estimate moves them by nothing until it counts.
function describeChange(incident: Incident, before: number, cause: PlacedFigure): TotalChange | null {
  const after = countedValue(incident);
  if (after === before) return null;
  return {
    country: incident.country,
    region: incident.region,
    metric: incident.metric,
    day: incident.date,
    before,
    after,
    delta: after - before,
    incidentId: incident.incidentId,
    figureId: cause.figureId,
    articleId: cause.articleId,
    url: cause.url,
    sentence: cause.sentence,
  };
}

function toReport(figure: PlacedFigure): ReportedFigure {
  // The incident carries country, region and metric; a report keeps only what is its own.
  const { country, region, metric, ...report } = figure;
  return report;
}

function mergeNames(existing: string[], added: string[]): string[] {
  if (added.every((name) => existing.includes(name))) return existing;
  const merged = [...existing];
  const seen = new Set(existing.map(normalisePlace));
  for (const name of added) {
    if (seen.has(normalisePlace(name))) continue;
    seen.add(normalisePlace(name));
    merged.push(name);
  }
  return merged;
}
