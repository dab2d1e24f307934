import type { BreakdownPart, CasualtyFigure, FigureKind, Metric, Qualifier } from './casualty-figure';
import { incidentTotals, type IncidentTotals } from './incident-totals';

/** A figure as the labelled reports in shared/eval write it (seed.expected.json field names). */
export interface LabelledFigure {
  kind: FigureKind;
  metric: Metric;
  value: number;
  /** A bound (shared/eval CONVENTIONS.md), or for a vague quantity its word ("dozens"). */
  qualifier: Qualifier | string;
  vague?: boolean;
  victims: string;
  breakdown?: BreakdownPart[];
  date?: string | null;
  since?: string | null;
  country: string | null;
  places: string[];
  source: string | null;
  isUpdate?: boolean;
}

/** A whole report as shared/eval labels it. */
export interface LabelledReading {
  publishedAt: string;
  figures: LabelledFigure[];
  incident_totals_after_this_report: Record<string, IncidentTotals>;
}

// shared/eval/CONVENTIONS.md labels a vague quantity by its word ("dozens", "hundreds"), not by a bound: its lower
// bound stays the value (ACLED's 12 for dozens) and the word becomes the qualifier a label can be matched on.
const VAGUE_WORD: Record<number, string> = {
  10: 'tens',
  12: 'dozens',
  20: 'scores',
  100: 'hundreds',
  1_000: 'thousands',
  10_000: 'tens_of_thousands',
  100_000: 'hundreds_of_thousands',
  1_000_000: 'millions',
};

export function figureToLabel(f: CasualtyFigure): LabelledFigure {
  const label: LabelledFigure = {
    kind: f.kind,
    metric: f.metric,
    value: f.value,
    qualifier: (f.vague && VAGUE_WORD[f.value]) || f.qualifier,
    victims: f.victims,
    country: f.country,
    places: f.places,
    source: f.source,
  };
  if (f.vague) label.vague = true;
  if (f.breakdown.length) label.breakdown = f.breakdown;
  if (f.kind === 'incident') label.date = f.date;
  else label.since = f.since;
  if (f.isUpdate) label.isUpdate = true;
  return label;
}

export function readingToLabel(publishedAt: string, figures: readonly CasualtyFigure[]): LabelledReading {
  return {
    publishedAt,
    figures: figures.map(figureToLabel),
    incident_totals_after_this_report: incidentTotals(figures),
  };
}
