import type { CasualtyFigure, Metric } from '@cw/extraction';
import { type ReportedTally, tallyKey } from '../reported-tally';
import type { FigureChange } from './correction';
import type { FigureOverride } from './correction-set';
import { type ArticleMeta, type ReportedFigure, reportOf } from '../reported-figure';

/**
 * A figure no incident holds: read without a country, set aside as the sum of other figures of its article, or a
 * running tally. Kept whole so a person can correct it (give it its country, make a tally an incident) and the
 * correction can place it; the totals never count it as it stands.
 */
export interface LooseFigure extends ReportedFigure {
  kind: 'incident' | 'cumulative';
  metric: Metric;
  country: string | null;
  since: string | null;
  reason: 'no-country' | 'roll-up' | 'tally';
  /** The tally it counts in under its corrections, set by the ledger for a store to find it by (null: none). */
  tallyKey?: string | null;
}

export function looseFigureOf(article: ArticleMeta, figure: CasualtyFigure, reason: LooseFigure['reason']): LooseFigure {
  return {
    ...reportOf(article, figure, []),
    kind: figure.kind,
    metric: figure.metric,
    country: figure.country ? figure.country.toUpperCase() : null,
    since: figure.since,
    reason,
  };
}

/** The tally a figure would count in with `change` on top of what it was read as: where a store finds the figures of a tally. */
export const tallyKeyAfter = (loose: Pick<LooseFigure, 'source' | 'metric' | 'country' | 'victims' | 'since'>, change: FigureChange = {}): string =>
  tallyKey({
    source: loose.source,
    metric: change.metric ?? loose.metric,
    country: change.country?.toUpperCase() ?? loose.country,
    victims: change.victims ?? loose.victims,
    since: change.since !== undefined ? change.since : loose.since,
  });

/** A tally figure as its overrides read it, or null when it is no tally (rejected, or made an incident). */
export function correctedTally(loose: LooseFigure, override: FigureOverride | undefined): ReportedTally | null {
  if (override?.status === 'rejected') return null;
  const change = override?.change ?? {};
  if ((change.kind ?? loose.kind) !== 'cumulative') return null;
  const { figureId, articleId, url, outlet, publishedAt, sentence, qualifier, vague, places } = loose;
  return {
    tallyKey: tallyKeyAfter(loose, change),
    source: loose.source,
    metric: change.metric ?? loose.metric,
    country: change.country?.toUpperCase() ?? loose.country,
    victims: change.victims ?? loose.victims,
    since: change.since !== undefined ? change.since : loose.since,
    value: change.value ?? loose.value,
    qualifier,
    vague,
    places,
    figureId,
    articleId,
    url,
    outlet,
    publishedAt,
    sentence,
  };
}
