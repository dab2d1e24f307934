import type { CasualtyFigureV1, ConflictEventV1 } from '@cw/contracts';

export interface PlannedChange {
  country: string;
  metric: CasualtyFigureV1['metric'];
  day: string;
  delta: number;
  incidentId: string;
  figure: CasualtyFigureV1;
}

/**
 * What one figure does to the totals. A cumulative tally ("more than 370,000 since 2011") is never
 * added to incident totals, and a figure with no known country has nowhere to go.
 */
export const planTotalChanges = (event: ConflictEventV1, figure: CasualtyFigureV1): PlannedChange[] => {
  if (figure.kind !== 'incident' || !figure.country || figure.value === 0) return [];
  return [
    {
      country: figure.country,
      metric: figure.metric,
      day: figure.date ?? event.publishedAt.slice(0, 10),
      delta: figure.value,
      incidentId: figure.figureId,
      figure,
    },
  ];
};
