import type { BreakdownPart, CasualtyFigure, FigureKind, Metric, Qualifier } from './casualty-figure';
import { incidentTotals, type IncidentTotals } from './incident-totals';

/** A figure as the labelled reports in shared/eval write it (seed.expected.json field names). */
export interface LabelledFigure {
  kind: FigureKind;
  metric: Metric;
  value: number;
  qualifier: Qualifier;
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

export function figureToLabel(f: CasualtyFigure): LabelledFigure {
  const label: LabelledFigure = {
    kind: f.kind,
    metric: f.metric,
    value: f.value,
    qualifier: f.qualifier,
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
