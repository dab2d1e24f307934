import type { CasualtyFigure, Metric } from '@cw/extraction';
import { incidentCandidateKey, type Incident, type IncidentCandidateKey } from './incident';
import { IncidentIndex } from './incident-index';
import { figureId } from './figure-id';
import { placeNewFigure } from './place-figure';
import { incidentDay, locateFigure, type ArticleMeta, type RegionOf } from './reported-figure';
import { setAsideRollUps } from './roll-up';
import { recordTally, toReportedTally, type ReportedTally } from './reported-tally';
import type { TotalChange } from './total-change';
import { countedValue } from './provisional';

/** The metrics every country's totals show, 0 when nothing was reported. */
export const HEADLINE_METRICS = ['killed', 'injured', 'displaced'] as const;

export type CountryTotals = Record<(typeof HEADLINE_METRICS)[number], number> & Partial<Record<Metric, number>>;

/** What one article changed. */
export interface LedgerUpdate {
  changes: TotalChange[];
  /** Incidents this article created or changed, as they now stand: what a store writes back. */
  incidents: Incident[];
  tallies: ReportedTally[];
  /** Figures not counted, and why: no country named, or the sum of other figures of the article. */
  unplaced: { figureId: string; reason: 'no-country' | 'roll-up'; sentence: string }[];
  /** New incidents that nearly match one already held, for a person to merge or keep apart (issue 13). */
  suggestedMerges: { incidentId: string; withIncidentId: string; why: string }[];
}

/** What a ledger starts from: the incidents and tallies a store loaded for one article (see ledgerKeysFor). */
export interface LedgerSnapshot {
  incidents?: Incident[];
  tallies?: ReportedTally[];
}

/**
 * The totals in memory, built from pure functions: for replaying reports and tests, and inside the
 * aggregator's transactions, where it starts from the incidents and tallies the database holds for one
 * article's keys and the store writes back what `apply` says changed. One code path for both.
 */
export class TotalsLedger {
  private readonly incidentsById = new Map<string, Incident>();
  private readonly index = new IncidentIndex();
  // Every figure some incident holds: a redelivered figure is found without reading every report.
  private readonly holders = new Set<string>();
  private tallies: ReportedTally[] = [];
  private readonly changes: TotalChange[] = [];

  constructor(
    private readonly options: { regionOf?: RegionOf } = {},
    snapshot: LedgerSnapshot = {},
  ) {
    for (const incident of snapshot.incidents ?? []) {
      this.keep(incident);
      for (const report of incident.reports) this.holders.add(report.figureId);
    }
    this.tallies = [...(snapshot.tallies ?? [])];
  }

  apply(article: ArticleMeta, figures: CasualtyFigure[]): LedgerUpdate {
    const update: LedgerUpdate = { changes: [], incidents: [], tallies: [], unplaced: [], suggestedMerges: [] };
    const touched = new Map<string, Incident>();
    const { toPlace, rollUps } = setAsideRollUps(figures);
    for (const rollUp of rollUps) {
      update.unplaced.push({ figureId: figureId(article.articleId, rollUp), reason: 'roll-up', sentence: rollUp.sentence });
    }
    for (const figure of toPlace) {
      if (figure.kind === 'cumulative') {
        const { tallies, changed } = recordTally(this.tallies, toReportedTally(article, figure));
        this.tallies = tallies;
        if (changed) update.tallies.push(changed);
        continue;
      }
      const located = locateFigure(article, figure, this.options.regionOf);
      if (!located.placed) {
        update.unplaced.push({ figureId: located.figureId, reason: located.reason, sentence: located.sentence });
        continue;
      }
      // A figure some incident already holds is a redelivery, whichever incident that is: it changes nothing.
      if (this.holders.has(located.figure.figureId)) continue;
      const placement = placeNewFigure(this.index.candidates(located.figure), located.figure);
      this.keep(placement.incident);
      this.holders.add(located.figure.figureId);
      touched.set(placement.incident.incidentId, placement.incident);
      if (placement.change) update.changes.push(placement.change);
      if (placement.suggestedMerge)
        update.suggestedMerges.push({
          incidentId: placement.incident.incidentId,
          withIncidentId: placement.suggestedMerge.incidentId,
          why: placement.suggestedMerge.why,
        });
    }
    update.incidents = [...touched.values()];
    this.changes.push(...update.changes);
    return update;
  }

  /**
   * Incident totals per ISO country: killed, injured and displaced always, other metrics when reported. Only what
   * counts: a provisional incident adds nothing (provisionalTotals gives those).
   */
  incidentTotals(): Record<string, CountryTotals> {
    return this.sumIncidents((incident) => countedValue(incident));
  }

  /** What provisional incidents would add, per country and metric: shown beside the totals, never in them. */
  provisionalTotals(): Record<string, CountryTotals> {
    const totals = this.sumIncidents((incident) => (incident.provisional ? incident.value : 0));
    return Object.fromEntries(Object.entries(totals).filter(([, t]) => Object.values(t).some((v) => (v ?? 0) > 0)));
  }

  private sumIncidents(valueOf: (incident: Incident) => number): Record<string, CountryTotals> {
    const totals: Record<string, CountryTotals> = {};
    for (const incident of this.incidentsById.values()) {
      totals[incident.country] ??= { killed: 0, injured: 0, displaced: 0 };
      const country = totals[incident.country];
      country[incident.metric] = (country[incident.metric] ?? 0) + valueOf(incident);
    }
    return sortKeys(totals);
  }

  /** Sum of incident estimates for one country and metric over days `fromDay`..`toDay` inclusive. */
  totalsBetween(country: string, metric: Metric, fromDay: string, toDay: string, region?: string): number {
    let total = 0;
    for (const incident of this.incidentsById.values()) {
      if (incident.country !== country.toUpperCase() || incident.metric !== metric) continue;
      if (incident.date < fromDay || incident.date > toDay) continue;
      if (region !== undefined && incident.region !== region) continue;
      total += countedValue(incident);
    }
    return total;
  }

  reportedTallies(): ReportedTally[] {
    return [...this.tallies].sort((a, b) => a.tallyKey.localeCompare(b.tallyKey));
  }

  /** Incidents with their reports and which report gives the current estimate, by country, day, metric. */
  incidents(): Incident[] {
    return [...this.incidentsById.values()].sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        a.date.localeCompare(b.date) ||
        a.metric.localeCompare(b.metric) ||
        a.incidentId.localeCompare(b.incidentId),
    );
  }

  /** Every change in the order it was made: the history the aggregator stores row by row. */
  history(): TotalChange[] {
    return [...this.changes];
  }

  private keep(incident: Incident): void {
    this.incidentsById.set(incident.incidentId, incident);
    this.index.put(incident);
  }
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** What a store must load before applying one article: the candidate incidents and the tallies it may touch. */
export function ledgerKeysFor(article: ArticleMeta, figures: CasualtyFigure[]): { incidents: IncidentCandidateKey[]; tallyKeys: string[] } {
  const incidents: IncidentCandidateKey[] = [];
  const tallyKeys: string[] = [];
  for (const figure of figures) {
    if (figure.kind === 'cumulative') {
      tallyKeys.push(toReportedTally(article, figure).tallyKey);
      continue;
    }
    // What locateFigure would place, without building the placed figure (or asking for its regions).
    if (figure.country)
      incidents.push(incidentCandidateKey({ country: figure.country.toUpperCase(), metric: figure.metric, date: incidentDay(article, figure) }));
  }
  return { incidents, tallyKeys: [...new Set(tallyKeys)] };
}
