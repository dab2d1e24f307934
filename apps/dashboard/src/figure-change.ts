import type { FigureChange, Metric } from '@cw/contracts';

/** A figure as the page shows it, its corrections applied: what the "correct" form starts from. */
export interface FigureFacts {
  figureId: string;
  /** The incident the page shows it in; null for a figure outside every incident. */
  incidentId: string | null;
  value: number;
  metric: Metric;
  kind: 'incident' | 'cumulative';
  date: string;
  country: string | null;
  victims: string;
}

/** What the form holds, as typed. */
export interface TypedFigure {
  value: string;
  metric: string;
  kind: string;
  date: string;
  country: string;
  victims: string;
}

/**
 * Only what the analyst changed, checked as the API will check it, or the reason it cannot be sent: a change
 * names at least one field, and a field typed the same as it was is no change.
 */
export const figureChangeOf = (facts: FigureFacts, typed: TypedFigure): FigureChange | string => {
  const change: FigureChange = {};
  const value = typed.value.trim();
  if (value !== '' && Number(value) !== facts.value) {
    if (!/^\d+$/.test(value)) return 'the value is a whole number, 0 or more';
    change.value = Number(value);
  }
  if (typed.metric && typed.metric !== facts.metric) change.metric = typed.metric as Metric;
  if (typed.kind && typed.kind !== facts.kind) change.kind = typed.kind as FigureChange['kind'];
  if (typed.date && typed.date !== facts.date.slice(0, 10)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(typed.date)) return 'the day is YYYY-MM-DD';
    change.date = typed.date;
  }
  const country = typed.country.trim().toUpperCase();
  if (country !== '' && country !== (facts.country ?? '')) {
    if (!/^[A-Z]{2}$/.test(country)) return 'the country is a two-letter code (ISO 3166)';
    change.country = country;
  }
  const victims = typed.victims.trim();
  if (victims !== '' && victims !== facts.victims) change.victims = victims;
  return Object.keys(change).length > 0 ? change : 'change at least one field';
};
