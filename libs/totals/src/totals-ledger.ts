import type { CasualtyFigure, Metric } from '@cw/extraction';
import { incidentCandidateKey, type Incident, type IncidentCandidateKey } from './incident';
import { IncidentIndex } from './incident-index';
import { figureId } from './figure-id';
import { placeNewFigure } from './place-figure';
import { comparePlaces } from './place-evidence';
import { incidentDay, isDayInferred, locateFigure, type ArticleMeta, type PlacedFigure, type RegionOf } from './reported-figure';
import { setAsideRollUps } from './roll-up';
import { recordTally, toReportedTally, type ReportedTally } from './reported-tally';
import type { TotalChange } from './total-change';
import { type Correction, correctedFigureId, correctedIncidentIds } from './corrections/correction';
import { checkCorrection, type CorrectionRefusal } from './corrections/correction-check';
import { apartIncidentId, CorrectionSet } from './corrections/correction-set';
import { correctGroup, fateOf, type GroupMember, machineView } from './corrections/corrected-incident';
import { correctedTally, type LooseFigure, looseFigureOf } from './corrections/loose-figure';
import { type Cause, changesBetween, contribution, noteProvisional, sameCount } from './corrections/corrected-changes';

/** The metrics every country's totals show, 0 when nothing was reported. */
export const HEADLINE_METRICS = ['killed', 'injured', 'displaced'] as const;

export type CountryTotals = Record<(typeof HEADLINE_METRICS)[number], number> & Partial<Record<Metric, number>>;

/** What one article (or one correction) changed. */
export interface LedgerUpdate {
  changes: TotalChange[];
  /** Incidents this article created or changed, as they now stand: what a store writes back. */
  incidents: Incident[];
  tallies: ReportedTally[];
  /** Tallies every report of which was rejected (by key): a store forgets them. */
  talliesRemoved: string[];
  /** Figures not counted, and why: no country named, or the sum of other figures of the article. */
  unplaced: { figureId: string; reason: 'no-country' | 'roll-up'; sentence: string }[];
  /** New incidents that nearly match one already held, for a person to merge or keep apart (issue 13). */
  suggestedMerges: { incidentId: string; withIncidentId: string; why: string }[];
  /** The figures placed in incidents, each with the incident the reports placed it in. */
  placed: { figureId: string; incidentId: string }[];
  /** Figures no incident holds (no country, roll-ups, tallies), kept whole so a person can correct them. */
  loose: LooseFigure[];
  /** Incidents whose estimate became provisional with this update, and why (provisional.ts). */
  provisional: { incidentId: string; figureId: string; why: string }[];
}

/** What a ledger starts from: the incidents and tallies a store loaded for one article (see ledgerKeysFor). */
export interface LedgerSnapshot {
  incidents?: Incident[];
  tallies?: ReportedTally[];
  /** Corrections that may concern them (issue 13); a correction of a figure not yet seen waits for it. */
  corrections?: Correction[];
  /** Figures outside every incident that a correction may place, or whose tallies it may change. */
  looseFigures?: LooseFigure[];
}

const emptyUpdate = (): LedgerUpdate => ({
  changes: [],
  incidents: [],
  tallies: [],
  talliesRemoved: [],
  unplaced: [],
  suggestedMerges: [],
  placed: [],
  loose: [],
  provisional: [],
});

/**
 * The totals in memory, built from pure functions: for replaying reports and tests, and inside the
 * aggregator's transactions, where it starts from the incidents and tallies the database holds for one
 * article's keys and the store writes back what `apply` says changed. One code path for both.
 *
 * Corrections (issue 13) are overrides it consults wherever a figure is counted: the reports place every figure
 * as they always do (matching reads the incident as the reports made it), and the totals count the incidents as
 * the analysts corrected them. A correction that arrives moves the totals by the difference; a figure that
 * arrives after its correction (a redelivery, a replay from the start of the topics) is counted corrected.
 */
export class TotalsLedger {
  // The incidents as the totals count them, incidents of one report moved out of another included.
  private readonly incidentsById = new Map<string, Incident>();
  // The incidents as the reports made them: what matching reads.
  private readonly machine = new Map<string, Incident>();
  private readonly index = new IncidentIndex();
  // Every figure some incident holds, and which: a redelivered figure is found without reading every report.
  private readonly holders = new Map<string, string>();
  private readonly looseFigures = new Map<string, LooseFigure>();
  private readonly corrections = new CorrectionSet();
  private tallies: ReportedTally[] = [];
  private readonly changes: TotalChange[] = [];

  constructor(
    private readonly options: { regionOf?: RegionOf } = {},
    snapshot: LedgerSnapshot = {},
  ) {
    for (const incident of snapshot.incidents ?? []) this.hold(incident);
    for (const correction of snapshot.corrections ?? []) this.corrections.add(correction);
    for (const loose of snapshot.looseFigures ?? []) this.looseFigures.set(loose.figureId, loose);
    this.tallies = [...(snapshot.tallies ?? [])];
  }

  apply(article: ArticleMeta, figures: CasualtyFigure[]): LedgerUpdate {
    const update = emptyUpdate();
    const touched = new Map<string, Incident>();
    const { toPlace, rollUps, parts } = setAsideRollUps(figures);
    // Incidents a part of this article's roll-up went to: another part of the same sum is another incident.
    const partIncidents = new Set<string>();
    for (const rollUp of rollUps) {
      update.unplaced.push({ figureId: figureId(article.articleId, rollUp), reason: 'roll-up', sentence: rollUp.sentence });
      this.keepLoose(looseFigureOf(article, rollUp, 'roll-up'), update, touched);
    }
    for (const figure of toPlace) {
      if (figure.kind === 'cumulative') {
        const loose = looseFigureOf(article, figure, 'tally');
        this.keepLoose(loose, update, touched);
        const tally = this.corrections.figure(loose.figureId) ? this.correctedTally(loose) : toReportedTally(article, figure);
        if (!tally) continue;
        const { tallies, changed } = recordTally(this.tallies, tally);
        this.tallies = tallies;
        if (changed) update.tallies.push(changed);
        continue;
      }
      const located = locateFigure(article, figure, this.options.regionOf);
      if (!located.placed) {
        update.unplaced.push({ figureId: located.figureId, reason: located.reason, sentence: located.sentence });
        this.keepLoose(looseFigureOf(article, figure, 'no-country'), update, touched);
        continue;
      }
      // A figure some incident already holds is a redelivery, whichever incident that is: it changes nothing.
      if (this.holders.has(located.figure.figureId)) continue;
      const candidates = this.index.candidates(located.figure);
      // The incidents this article already placed a count in are candidates whatever their day: a count the article
      // gives no day of its own may be about an attack it dates months back (incident-match.ts, 'same-article').
      for (const incident of touched.values())
        if (
          incident.country === located.figure.country &&
          incident.metric === located.figure.metric &&
          !candidates.some((c) => c.incidentId === incident.incidentId)
        )
          candidates.push(this.incidentsById.get(incident.incidentId) ?? incident);
      const placement = placeNewFigure(
        parts.has(figure) ? candidates.filter((c) => !partIncidents.has(c.incidentId)) : candidates,
        located.figure,
        siblingIncident(located.figure, article.articleId, touched.values(), candidates),
      );
      if (parts.has(figure)) partIncidents.add(placement.incident.incidentId);
      const incidentId = placement.incident.incidentId;
      const before = this.incidentsById.get(incidentId);
      this.keepMachine(placement.incident);
      this.holders.set(located.figure.figureId, incidentId);
      update.placed.push({ figureId: located.figure.figureId, incidentId });
      if (placement.suggestedMerge)
        update.suggestedMerges.push({ incidentId, withIncidentId: placement.suggestedMerge.incidentId, why: placement.suggestedMerge.why });
      if (this.isCorrected(incidentId, located.figure.figureId)) {
        this.recount([incidentId, apartIncidentId(located.figure.figureId)], located.figure, update, touched);
        this.recordMadeTally(located.figure.figureId, update);
        continue;
      }
      this.incidentsById.set(incidentId, placement.incident);
      touched.set(incidentId, placement.incident);
      if (placement.change) update.changes.push(placement.change);
      noteProvisional(before, placement.incident, update);
    }
    update.incidents = [...touched.values()];
    this.changes.push(...update.changes);
    return update;
  }

  /**
   * Applies an analyst's correction: the incidents it concerns are counted again and the totals move by the
   * difference, each change naming the correction. A correction applied before (same id) changes nothing. With
   * `waitForSubjects`, a correction of a figure or incident the ledger has not seen is kept for when it arrives (a
   * store loading corrections before a replay) instead of refused.
   */
  correct(correction: Correction, { waitForSubjects = false } = {}): LedgerUpdate | CorrectionRefusal {
    const update = emptyUpdate();
    if (this.corrections.has(correction.correctionId)) return update;
    const figure = correctedFigureId(correction);
    const unseen = figure
      ? !this.holders.has(figure) && !this.looseFigures.has(figure)
      : correctedIncidentIds(correction).some((id) => !this.incidentsById.has(id));
    if (waitForSubjects && unseen) {
      this.corrections.add(correction);
      return update;
    }
    const refusal = checkCorrection(correction, {
      figure: (id) => this.figureSubject(id),
      incident: (id) => this.incidentsById.get(id),
      corrections: this.corrections,
    });
    if (refusal) return refusal;
    const seeds = figure ? [this.holders.get(figure), apartIncidentId(figure)] : correctedIncidentIds(correction);
    // A merge moves an incident out of the group it counted in: that group is counted again too.
    if (correction.action === 'merge') seeds.push(this.corrections.rootOf(correction.incidentId));
    const tallyKeysBefore = figure ? this.tallyKeysOf(figure) : [];
    this.corrections.add(correction);
    const touched = new Map<string, Incident>();
    const cause = { ...this.causeOf(correction), correctionId: correction.correctionId };
    this.recount(
      seeds.filter((id): id is string => id !== undefined),
      cause,
      update,
      touched,
    );
    if (figure) {
      this.recountTallies([...tallyKeysBefore, ...this.tallyKeysOf(figure)], update);
      const loose = this.looseFigures.get(figure) ?? this.looseOfReport(figure);
      // Kept with the tally it now counts in, so the next correction of that tally finds it.
      if (loose) update.loose.push(this.withTallyKey(loose));
    }
    update.incidents = [...touched.values()];
    this.changes.push(...update.changes);
    return update;
  }

  /** Every correction the ledger folded in, as overrides (for a store or a review queue deciding what is resolved). */
  correctionSet(): CorrectionSet {
    return this.corrections;
  }

  /**
   * Incident totals per ISO country: killed, injured and displaced always, other metrics when reported. Only what
   * counts: a provisional incident adds nothing (provisionalTotals gives those).
   */
  incidentTotals(): Record<string, CountryTotals> {
    return this.sumIncidents((incident) => contribution(incident));
  }

  /** What provisional incidents would add, per country and metric: shown beside the totals, never in them. */
  provisionalTotals(): Record<string, CountryTotals> {
    const totals = this.sumIncidents((incident) => (incident.provisional && !incident.corrected?.mergedInto ? incident.value : 0));
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
      total += contribution(incident);
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

  private hold(incident: Incident): void {
    this.incidentsById.set(incident.incidentId, incident);
    for (const [id, override] of Object.entries(incident.corrected?.figures ?? {})) this.corrections.seedFigure(id, override);
    if (incident.corrected?.incident) this.corrections.seedIncident(incident.incidentId, incident.corrected.incident);
    // An incident of one report moved out of another is no candidate for matching: the reports never made it.
    if (incident.corrected?.apartFrom) return;
    this.keepMachine(machineView(incident));
  }

  private keepMachine(incident: Incident): void {
    this.machine.set(incident.incidentId, incident);
    this.index.put(incident);
    for (const report of incident.reports) this.holders.set(report.figureId, incident.incidentId);
  }

  private keepLoose(loose: LooseFigure, update: LedgerUpdate, touched: Map<string, Incident>): void {
    if (this.looseFigures.has(loose.figureId)) return;
    this.looseFigures.set(loose.figureId, loose);
    update.loose.push(this.withTallyKey(loose));
    if (this.corrections.figure(loose.figureId)) this.recount([apartIncidentId(loose.figureId)], loose, update, touched);
  }

  // Quick when nobody corrected anything, the common case: a placement then moves the totals as it always did.
  private isCorrected(incidentId: string, figure: string): boolean {
    if (this.corrections.isEmpty) return false;
    if (this.corrections.figure(figure) || this.corrections.incident(incidentId) || this.incidentsById.get(incidentId)?.corrected) return true;
    return this.corrections.groupOf(incidentId).length > 1 || this.corrections.rootOf(incidentId) !== incidentId;
  }

  /**
   * Counts again the merge groups of `seeds` and of every incident moved out of them, and moves the totals by what
   * each incident counts now against what it counted.
   */
  private recount(seeds: string[], cause: Cause, update: LedgerUpdate, touched: Map<string, Incident>): void {
    const roots = new Set<string>();
    const seen = new Set<string>();
    const work = [...seeds];
    while (work.length > 0) {
      const id = work.shift() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const root = this.corrections.rootOf(id);
      roots.add(root);
      for (const member of this.corrections.groupOf(root)) {
        work.push(member);
        // Its reports with overrides may stand in incidents of their own, now or before.
        for (const report of this.machine.get(member)?.reports ?? [])
          if (this.corrections.figure(report.figureId)) work.push(apartIncidentId(report.figureId));
      }
    }
    for (const root of roots) {
      const members = this.corrections
        .groupOf(root)
        .map((id) => this.memberOf(id))
        .filter((m): m is GroupMember => m !== null);
      for (const now of correctGroup(root, members, this.corrections)) {
        const before = this.incidentsById.get(now.incidentId);
        if (before && sameCount(before, now)) continue;
        this.incidentsById.set(now.incidentId, now);
        touched.set(now.incidentId, now);
        update.changes.push(...changesBetween(before, now, cause));
        noteProvisional(before, now, update);
      }
    }
  }

  private memberOf(id: string): GroupMember | null {
    const machine = this.machine.get(id);
    if (machine) return { kind: 'machine', incident: machine };
    const figure = this.incidentsById.get(id)?.corrected?.apartFrom?.figureId ?? this.corrections.figureIds().find((f) => apartIncidentId(f) === id);
    if (!figure) return null;
    const homeId = this.holders.get(figure);
    const home = homeId ? this.machine.get(homeId) : undefined;
    // An incident of its own is made only for a figure that stands apart; once made, it stays (counting 0 if need be).
    const held = this.incidentsById.has(id);
    const override = this.corrections.figure(figure);
    if (home) {
      const report = home.reports.find((r) => r.figureId === figure);
      if (!report) return null;
      const { country, metric, date, region, incidentId } = home;
      if (!held && fateOf('incident', { country, metric, date }, override) !== 'apart') return null;
      return { kind: 'apart', report, home: { country, metric, date, region, incidentId } };
    }
    const loose = this.looseFigures.get(figure);
    if (loose) return !held && fateOf(loose.kind, null, override) !== 'apart' ? null : { kind: 'apart', report: loose, home: null, loose };
    // Held as an incident of its own, its source not loaded: its own report stands for it.
    const stored = this.incidentsById.get(id);
    if (!stored) return null;
    const from = stored.corrected?.apartFrom?.incidentId;
    return {
      kind: 'apart',
      report: stored.reports[0],
      home: from ? { country: stored.country, metric: stored.metric, date: stored.date, region: stored.region, incidentId: from } : null,
      loose: from ? undefined : { kind: 'incident', country: stored.country, metric: stored.metric },
    };
  }

  private figureSubject(id: string): { kind: 'incident' | 'cumulative'; country: string | null } | undefined {
    const home = this.holders.get(id);
    if (home) return { kind: 'incident', country: this.machine.get(home)?.country ?? null };
    const loose = this.looseFigures.get(id);
    return loose ? { kind: loose.kind, country: loose.country } : undefined;
  }

  private causeOf(correction: Correction): Cause {
    const figure = correctedFigureId(correction);
    const incident = figure
      ? undefined
      : this.incidentsById.get(correction.action === 'merge' ? correction.incidentId : (correction.incidentId ?? ''));
    const id = figure ?? incident?.currentFigureId ?? '';
    const holder = this.holders.get(id);
    const report =
      (holder ? this.machine.get(holder)?.reports.find((r) => r.figureId === id) : undefined) ?? this.looseFigures.get(id) ?? incident?.reports[0];
    return { figureId: id, articleId: report?.articleId ?? '', url: report?.url ?? '', sentence: report?.sentence ?? '' };
  }

  private withTallyKey(loose: LooseFigure): LooseFigure {
    return { ...loose, tallyKey: this.correctedTally(loose)?.tallyKey ?? null };
  }

  // A report an analyst made a tally, arriving again (a replay): it counts as the tally it was made.
  private recordMadeTally(figure: string, update: LedgerUpdate): void {
    const made = this.looseOfReport(figure);
    const tally = made ? this.correctedTally(made) : null;
    if (!made || !tally) return;
    update.loose.push({ ...made, tallyKey: tally.tallyKey });
    const { tallies, changed } = recordTally(this.tallies, tally);
    this.tallies = tallies;
    if (changed) update.tallies.push(changed);
  }

  /** The tallies a figure counts in under its overrides (none, or one). */
  private tallyKeysOf(figure: string): string[] {
    const loose = this.looseFigures.get(figure) ?? this.looseOfReport(figure);
    const tally = loose ? this.correctedTally(loose) : null;
    return tally ? [tally.tallyKey] : [];
  }

  // A report an analyst made a tally: it counts as a tally of its incident's country and metric.
  private looseOfReport(figure: string): LooseFigure | undefined {
    const home = this.machine.get(this.holders.get(figure) ?? '');
    const report = home?.reports.find((r) => r.figureId === figure);
    if (!home || !report) return undefined;
    return { ...report, kind: 'incident', metric: home.metric, country: home.country, since: null, reason: 'tally' };
  }

  private correctedTally(loose: LooseFigure): ReportedTally | null {
    return correctedTally(loose, this.corrections.figure(loose.figureId));
  }

  /** Each tally key stands for its newest report that is still a tally under the overrides (the store loads them). */
  private recountTallies(keys: string[], update: LedgerUpdate): void {
    for (const key of new Set(keys)) {
      let newest: ReportedTally | null = null;
      const madeTallies = this.corrections
        .figureIds()
        .filter((f) => this.holders.has(f))
        .map((f) => this.looseOfReport(f));
      for (const loose of [...this.looseFigures.values(), ...madeTallies]) {
        const tally = loose ? this.correctedTally(loose) : null;
        if (tally?.tallyKey === key && (!newest || recordTally([newest], tally).changed)) newest = tally;
      }
      const held = this.tallies.find((t) => t.tallyKey === key);
      if (!newest) {
        if (held) {
          this.tallies = this.tallies.filter((t) => t.tallyKey !== key);
          update.talliesRemoved.push(key);
        }
        continue;
      }
      if (held && JSON.stringify(held) === JSON.stringify(newest)) continue;
      this.tallies = [...this.tallies.filter((t) => t.tallyKey !== key), newest];
      update.tallies.push(newest);
    }
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
      incidents.push(
        incidentCandidateKey({
          country: figure.country.toUpperCase(),
          metric: figure.metric,
          date: incidentDay(article, figure),
          dateInferred: isDayInferred(figure),
          monthOnly: figure.dateBasis === 'month',
        }),
      );
  }
  return { incidents, tallyKeys: [...new Set(tallyKeys)] };
}

/**
 * "Sri Lanka lowers attacks toll to 253 ... The health ministry said 485 people had been admitted to hospital with
 * injuries": an article whose count of the dead joined an attack told by earlier articles tells that attack's wounded
 * too. The incident of the other metric that those earlier articles also reported, of the same day, is where this
 * article's count goes when nothing else places it.
 */
function siblingIncident(figure: PlacedFigure, articleId: string, touched: Iterable<Incident>, candidates: Incident[]): Incident | null {
  for (const placed of touched) {
    if (placed.country !== figure.country || placed.metric === figure.metric) continue;
    if (!placed.reports.some((r) => r.articleId === articleId && r.date === figure.date)) continue;
    const earlier = new Set(placed.reports.filter((r) => r.articleId !== articleId).map((r) => r.articleId));
    if (earlier.size === 0) continue;
    // Never over what rules two incidents apart: another town ("a second attack hit a mosque in Hangu").
    const sibling = candidates.find(
      (c) =>
        c.metric === figure.metric &&
        c.date === placed.date &&
        c.reports.some((r) => earlier.has(r.articleId)) &&
        comparePlaces(c, figure) !== 'different-place' &&
        comparePlaces(placed, figure) !== 'different-place',
    );
    if (sibling) return sibling;
  }
  return null;
}
