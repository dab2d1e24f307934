import type { ConflictEventV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import { type Incident, type IncidentCandidateKey, ledgerKeysFor, type RegionOf, type ReportedTally, TotalsLedger } from '@cw/totals';
import type { DataSource, EntityManager } from 'typeorm';
import { applyToDayTotals, type HistoryEntry } from './day-totals';
import { LedgerStore } from './ledger-store';
import { articleMetaOf, domainFigureOf } from '@cw/conflict-events';

export interface WriteResult {
  appliedEvents: number;
  duplicateEvents: number;
  changes: number;
  tallies: number;
}

/**
 * Applies a batch of conflict events in one transaction: incidents, tallies, totals, history rows and
 * the consumer offset commit together or not at all, so a crash anywhere re-delivers a batch that the
 * applied_figures check then recognises (STYLE.md section 6). What a figure does to the totals is the
 * pure TotalsLedger's decision; this class loads its inputs and stores its outputs, a few statements
 * per batch rather than per figure (row-by-row round trips were the pipeline's bottleneck).
 */
export class TotalsWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
    private readonly regionOf?: RegionOf,
  ) {}

  async applyBatch(batch: PartitionBatch<ConflictEventV1>): Promise<WriteResult> {
    return this.dataSource.transaction('READ COMMITTED', async (db) => {
      const events = await newEvents(
        db,
        batch.messages.map((message) => message.value),
      );
      const result: WriteResult = { appliedEvents: events.length, duplicateEvents: batch.messages.length - events.length, changes: 0, tallies: 0 };
      if (events.length > 0) {
        const { changes, tallies } = await this.applyEvents(db, events);
        result.changes = changes;
        result.tallies = tallies;
      }
      await db.query(
        `INSERT INTO consumer_offsets (group_id, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
         ON CONFLICT (group_id, topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset`,
        [this.groupId, batch.topic, batch.partition, batch.nextOffset],
      );
      return result;
    });
  }

  async storedOffsets(topic: string): Promise<{ partition: number; offset: string }[]> {
    const rows: { partition: number; next_offset: string }[] = await this.dataSource.query(
      `SELECT partition, next_offset FROM consumer_offsets WHERE group_id = $1 AND topic = $2`,
      [this.groupId, topic],
    );
    return rows.map((row) => ({ partition: row.partition, offset: String(row.next_offset) }));
  }

  private async applyEvents(db: EntityManager, events: ConflictEventV1[]): Promise<{ changes: number; tallies: number }> {
    const readings = events.map((event) => ({ event, article: articleMetaOf(event), figures: event.figures.map(domainFigureOf) }));
    const keys = { incidents: [] as IncidentCandidateKey[], tallyKeys: [] as string[] };
    for (const { article, figures } of readings) {
      const articleKeys = ledgerKeysFor(article, figures, this.regionOf);
      keys.incidents.push(...articleKeys.incidents);
      keys.tallyKeys.push(...articleKeys.tallyKeys);
    }
    const store = new LedgerStore(db);
    // One ledger for the batch: an incident first reported at the batch's start is there for its end.
    const ledger = new TotalsLedger({ regionOf: this.regionOf }, await store.load(keys));
    const incidents = new Map<string, Incident>();
    const tallies = new Map<string, ReportedTally>();
    const eventOfArticle = new Map<string, string>();
    const changes = [];
    for (const { event, article, figures } of readings) {
      eventOfArticle.set(event.articleId, event.eventId);
      const update = ledger.apply(article, figures);
      for (const incident of update.incidents) incidents.set(incident.incidentId, incident);
      for (const tally of update.tallies) tallies.set(tally.tallyKey, tally);
      changes.push(...update.changes);
    }
    await store.saveIncidents([...incidents.values()]);
    await store.saveTallies([...tallies.values()]);
    await recordHistory(db, await applyToDayTotals(db, changes), eventOfArticle);
    return { changes: changes.length, tallies: tallies.size };
  }
}

/** Records every figure id of the batch; an event none of whose figures is new is a redelivery. */
const newEvents = async (db: EntityManager, events: ConflictEventV1[]): Promise<ConflictEventV1[]> => {
  const figures = events.flatMap((event) => event.figures.map((figure) => ({ figure, event })));
  const inserted: { figure_id: string }[] = await db.query(
    `INSERT INTO applied_figures (figure_id, event_id, article_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (figure_id) DO NOTHING RETURNING figure_id`,
    [figures.map((f) => f.figure.figureId), figures.map((f) => f.event.eventId), figures.map((f) => f.event.articleId)],
  );
  const fresh = new Set(inserted.map((row) => row.figure_id));
  // The same event twice in one batch: its figures were fresh for the first copy only.
  const seen = new Set<string>();
  return events.filter((event) => {
    if (seen.has(event.eventId)) return false;
    seen.add(event.eventId);
    return event.figures.some((figure) => fresh.has(figure.figureId));
  });
};

const recordHistory = async (db: EntityManager, entries: HistoryEntry[], eventOfArticle: Map<string, string>): Promise<void> => {
  if (entries.length === 0) return;
  const column = <T>(pick: (entry: HistoryEntry) => T) => entries.map(pick);
  await db.query(
    `INSERT INTO totals_history (country, region, metric, day, before, after, delta, country_before, country_after,
       incident_before, incident_after, incident_id, figure_id, event_id, article_id, url, sentence)
     SELECT country, region, metric, day, before, after, delta, country_before, country_after, incident_before, incident_after,
       incident_id, figure_id, event_id, article_id, url, sentence
     FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[],
       $9::bigint[], $10::bigint[], $11::bigint[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[])
     WITH ORDINALITY AS rows(country, region, metric, day, before, after, delta, country_before, country_after, incident_before,
       incident_after, incident_id, figure_id, event_id, article_id, url, sentence, n)
     ORDER BY n`, // ids follow the order of the changes: the history reads in the order it happened
    [
      column((e) => e.change.country),
      column((e) => e.change.region ?? ''),
      column((e) => e.change.metric),
      column((e) => e.change.day),
      column((e) => e.dayBefore),
      column((e) => e.dayAfter),
      column((e) => e.change.delta),
      column((e) => e.countryBefore),
      column((e) => e.countryAfter),
      column((e) => e.change.before),
      column((e) => e.change.after),
      column((e) => e.change.incidentId),
      column((e) => e.change.figureId),
      column((e) => eventOfArticle.get(e.change.articleId) ?? ''),
      column((e) => e.change.articleId),
      column((e) => e.change.url),
      column((e) => e.change.sentence),
    ],
  );
};
