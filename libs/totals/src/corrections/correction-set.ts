import { createHash } from 'node:crypto';
import type { Correction, FigureChange } from './correction';

/** What analysts decided about one figure, all their corrections of it folded together (the latest wins per field). */
export interface FigureOverride {
  status?: 'confirmed' | 'rejected';
  change?: FigureChange;
  /** Moved out of its incident into one of its own. */
  split?: boolean;
  /** The ids of the corrections folded in, in the order they were made. */
  corrections: string[];
}

/** What analysts decided about one incident. */
export interface IncidentOverride {
  estimate?: { value: number; why: string; by: string; at: string; correctionId: string };
  /** It counts inside this incident. */
  mergedInto?: string;
  corrections: string[];
}

/**
 * The id of the incident a figure moved out of its own makes: derived from the figure, so every replay makes the
 * same one, and never the id of an incident the ledger makes (those are figure ids).
 */
export const apartIncidentId = (figureId: string): string => createHash('sha256').update(`apart|${figureId}`).digest('hex').slice(0, 32);

/**
 * Every correction known, folded into overrides by figure and by incident. Corrections are stored apart from the
 * totals and folded again wherever the totals are worked out: a ledger that meets a corrected figure, whenever it
 * arrives, places it as the analyst said. Folding is idempotent: a correction already folded in (by id) is skipped,
 * so a store may hand the same correction over twice (a stored incident's overrides and the corrections table).
 */
export class CorrectionSet {
  private readonly figures = new Map<string, FigureOverride>();
  private readonly incidents = new Map<string, IncidentOverride>();
  private readonly mergedFrom = new Map<string, Set<string>>();
  // The incident each corrected figure stood in when it was corrected, for a store to load it.
  private readonly whereFigure = new Map<string, string>();
  private readonly folded = new Set<string>();

  constructor(corrections: Iterable<Correction> = []) {
    for (const correction of corrections) this.add(correction);
  }

  get isEmpty(): boolean {
    return this.figures.size === 0 && this.incidents.size === 0;
  }

  has(correctionId: string): boolean {
    return this.folded.has(correctionId);
  }

  /** Folds one correction in; false when it was folded in already. */
  add(correction: Correction): boolean {
    if (this.folded.has(correction.correctionId)) return false;
    this.folded.add(correction.correctionId);
    if (correction.action === 'merge' || correction.action === 'set-estimate') {
      const override = this.incidentOverride(correction.incidentId);
      override.corrections.push(correction.correctionId);
      if (correction.action === 'set-estimate')
        override.estimate = {
          value: correction.value,
          why: correction.why,
          by: correction.by,
          at: correction.at,
          correctionId: correction.correctionId,
        };
      else this.setMerge(correction.incidentId, correction.intoIncidentId);
      return true;
    }
    const override = this.figureOverride(correction.figureId);
    override.corrections.push(correction.correctionId);
    if (correction.incidentId) this.whereFigure.set(correction.figureId, correction.incidentId);
    if (correction.action === 'confirm') override.status = 'confirmed';
    else if (correction.action === 'reject') override.status = 'rejected';
    else if (correction.action === 'split') override.split = true;
    else override.change = { ...override.change, ...correction.change };
    return true;
  }

  /** Takes over overrides a stored incident carries (see corrected-incident.ts), marking their corrections folded. */
  seedFigure(figureId: string, override: FigureOverride): void {
    if (override.corrections.every((id) => this.folded.has(id))) return;
    for (const id of override.corrections) this.folded.add(id);
    this.figures.set(figureId, { ...override, corrections: [...override.corrections] });
  }

  seedIncident(incidentId: string, override: IncidentOverride): void {
    if (override.corrections.every((id) => this.folded.has(id))) return;
    for (const id of override.corrections) this.folded.add(id);
    this.incidents.set(incidentId, { ...override, corrections: [...override.corrections] });
    if (override.mergedInto) this.setMerge(incidentId, override.mergedInto);
  }

  figure(figureId: string): FigureOverride | undefined {
    return this.figures.get(figureId);
  }

  incident(incidentId: string): IncidentOverride | undefined {
    return this.incidents.get(incidentId);
  }

  /** The incident a figure's corrections say it stood in, if any. */
  incidentOfFigure(figureId: string): string | undefined {
    return this.whereFigure.get(figureId);
  }

  /** The incident an incident counts in: itself, or the end of its chain of merges. */
  rootOf(incidentId: string): string {
    let id = incidentId;
    const seen = new Set<string>();
    for (let next = this.incidents.get(id)?.mergedInto; next && !seen.has(next); next = this.incidents.get(id)?.mergedInto) {
      seen.add(id);
      id = next;
    }
    return id;
  }

  /** Every incident that counts in `root`, itself first. */
  groupOf(root: string): string[] {
    const group = [root];
    for (let i = 0; i < group.length; i++) for (const member of this.mergedFrom.get(group[i]) ?? []) if (!group.includes(member)) group.push(member);
    return group;
  }

  /** True when merging `incidentId` into `intoIncidentId` would make one count inside itself. */
  wouldLoop(incidentId: string, intoIncidentId: string): boolean {
    return this.rootOf(intoIncidentId) === this.rootOf(incidentId);
  }

  /**
   * The incidents a store must hold beside `incidentIds` to work out their corrected totals: every incident of
   * their merge groups, and the incidents of their own that figures moved out of them make.
   */
  relatedIncidentIds(incidentIds: Iterable<string>): string[] {
    const asked = [...incidentIds];
    const related = new Set<string>();
    const work = [...asked];
    while (work.length > 0) {
      const id = work.pop() as string;
      if (related.has(id)) continue;
      related.add(id);
      work.push(...this.groupOf(this.rootOf(id)));
      for (const [figureId, incidentId] of this.whereFigure) if (incidentId === id) work.push(apartIncidentId(figureId));
    }
    for (const id of asked) related.delete(id);
    return [...related];
  }

  /** Every figure with an override. */
  figureIds(): string[] {
    return [...this.figures.keys()];
  }

  private setMerge(incidentId: string, intoIncidentId: string): void {
    const override = this.incidentOverride(incidentId);
    if (override.mergedInto) this.mergedFrom.get(override.mergedInto)?.delete(incidentId);
    override.mergedInto = intoIncidentId;
    if (!this.mergedFrom.has(intoIncidentId)) this.mergedFrom.set(intoIncidentId, new Set());
    this.mergedFrom.get(intoIncidentId)?.add(incidentId);
  }

  private figureOverride(figureId: string): FigureOverride {
    let override = this.figures.get(figureId);
    if (!override) {
      override = { corrections: [] };
      this.figures.set(figureId, override);
    }
    return override;
  }

  private incidentOverride(incidentId: string): IncidentOverride {
    let override = this.incidents.get(incidentId);
    if (!override) {
      override = { corrections: [] };
      this.incidents.set(incidentId, override);
    }
    return override;
  }
}
