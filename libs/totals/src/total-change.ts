import type { Metric } from '@cw/extraction';

/**
 * One atomic change to the totals, and the history row that explains it. `before` and `after` are the
 * incident's contribution (its estimate before and after this report); the aggregator adds `delta` to the
 * (country, metric, day) row and, when `region` is known, to the (country, region, metric, day) row.
 * Contributions are never negative, so no total passes through a negative value.
 */
export interface TotalChange {
  country: string;
  region: string | null;
  metric: Metric;
  day: string;
  before: number;
  after: number;
  delta: number;
  incidentId: string;
  /** The figure whose arrival caused the change. */
  figureId: string;
  articleId: string;
  url: string;
  sentence: string;
  /** Set when an analyst's correction caused the change, not a report (issue 13). */
  correctionId?: string;
}
