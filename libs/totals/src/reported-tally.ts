import type { CasualtyFigure, Metric, Qualifier } from '@cw/extraction';
import type { ArticleMeta } from './reported-figure';
import { figureId } from './figure-id';

/**
 * A running tally as a source reported it ("more than 370,000 since 2011"). Tallies are shown beside the
 * computed totals and never added to them: adding "more than 800 civilians since the end of April" to the
 * day's incidents would count every one of those deaths twice.
 */
export interface ReportedTally {
  /** Identifies the tally: source, metric, country, victims and since-date (see tallyKey). */
  tallyKey: string;
  source: string | null;
  metric: Metric;
  country: string | null;
  victims: string;
  /** YYYY or YYYY-MM-DD, as reported; null when the report gives no start. */
  since: string | null;
  value: number;
  qualifier: Qualifier;
  vague: boolean;
  places: string[];
  figureId: string;
  articleId: string;
  url: string;
  outlet: string;
  publishedAt: string;
  sentence: string;
}

// Victims are part of the key: the seed report gives two tallies from the same monitor since the same day,
// "more than 800 civilians" and "nearly 80 people" killed in retaliatory fire; neither replaces the other.
export function tallyKey(t: Pick<ReportedTally, 'source' | 'metric' | 'country' | 'victims' | 'since'>): string {
  const source = (t.source ?? 'unattributed').trim().toLowerCase();
  const victims = t.victims.trim().toLowerCase() || 'unspecified';
  return [source, t.metric, t.country ?? 'unknown', victims, t.since ?? 'unknown'].join('|');
}

export function toReportedTally(article: ArticleMeta, figure: CasualtyFigure): ReportedTally {
  const country = figure.country ? figure.country.toUpperCase() : null;
  const fields = { source: figure.source, metric: figure.metric, country, victims: figure.victims, since: figure.since };
  return {
    tallyKey: tallyKey(fields),
    ...fields,
    value: figure.value,
    qualifier: figure.qualifier,
    vague: figure.vague,
    places: figure.places,
    figureId: figureId(article.articleId, figure),
    articleId: article.articleId,
    url: article.url,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    sentence: figure.sentence,
  };
}

// Newer publication wins; equal times fall back to the figure id so any arrival order ends the same.
function isNewer(a: ReportedTally, b: ReportedTally): boolean {
  const order = Date.parse(a.publishedAt) - Date.parse(b.publishedAt);
  return order > 0 || (order === 0 && a.figureId > b.figureId);
}

/**
 * Records a reported tally: a newer report of the same tally replaces the older one; an older or repeated
 * one changes nothing. `changed` is the tally now stored, or null when nothing changed.
 */
export function recordTally(existing: ReportedTally[], tally: ReportedTally): { tallies: ReportedTally[]; changed: ReportedTally | null } {
  const index = existing.findIndex((t) => t.tallyKey === tally.tallyKey);
  if (index === -1) return { tallies: [...existing, tally], changed: tally };
  const stored = existing[index];
  if (stored.figureId === tally.figureId || !isNewer(tally, stored)) return { tallies: existing, changed: null };
  const tallies = [...existing];
  tallies[index] = tally;
  return { tallies, changed: tally };
}
