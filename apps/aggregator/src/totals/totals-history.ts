import type { EntityManager } from 'typeorm';
import { jsonRows } from '../database/json-rows';
import type { HistoryEntry } from './day-totals';

const HistoryRow = jsonRows<{
  country: string;
  region: string;
  metric: string;
  day: string;
  before: number;
  after: number;
  delta: number;
  country_before: number;
  country_after: number;
  incident_before: number;
  incident_after: number;
  incident_id: string;
  figure_id: string;
  event_id: string;
  article_id: string;
  url: string;
  sentence: string;
  correction_id: string | null;
}>({
  country: 'text',
  region: 'text',
  metric: 'text',
  day: 'date',
  before: 'bigint',
  after: 'bigint',
  delta: 'bigint',
  country_before: 'bigint',
  country_after: 'bigint',
  incident_before: 'bigint',
  incident_after: 'bigint',
  incident_id: 'text',
  figure_id: 'text',
  event_id: 'text',
  article_id: 'text',
  url: 'text',
  sentence: 'text',
  correction_id: 'text',
});

/**
 * One history row per change, in the order the changes were made (ids follow it: the history reads in the order it
 * happened). A change a correction made names it, and its event is the correction: the outbox publishes who made
 * it, when and why.
 */
export const recordHistory = async (db: EntityManager, entries: HistoryEntry[], eventOf: (articleId: string) => string): Promise<void> => {
  if (entries.length === 0) return;
  const rows = entries.map(({ change, dayBefore, dayAfter, countryBefore, countryAfter }) => ({
    country: change.country,
    region: change.region ?? '',
    metric: change.metric,
    day: change.day,
    before: dayBefore,
    after: dayAfter,
    delta: change.delta,
    country_before: countryBefore,
    country_after: countryAfter,
    incident_before: change.before,
    incident_after: change.after,
    incident_id: change.incidentId,
    figure_id: change.figureId,
    event_id: change.correctionId ?? eventOf(change.articleId),
    article_id: change.articleId,
    url: change.url,
    sentence: change.sentence,
    correction_id: change.correctionId ?? null,
  }));
  await db.query(`INSERT INTO totals_history (${HistoryRow.columns}) SELECT ${HistoryRow.columns} FROM ${HistoryRow.from('$1')} ORDER BY n`, [
    HistoryRow.param(rows),
  ]);
};
