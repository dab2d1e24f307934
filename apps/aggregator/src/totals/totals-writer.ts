import type { CasualtyFigureV1, ConflictEventV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import { type Incident, type IncidentCandidateKey, ledgerKeysFor, type RegionOf, type ReportedTally, TotalsLedger } from '@cw/totals';
import type { DataSource, EntityManager } from 'typeorm';
import { applyToDayTotals, type HistoryEntry } from './day-totals';
import { IncidentCache } from './incident-cache';
import { LedgerStore, type WrittenIncident } from './ledger-store';
import { articleMetaOf, domainFiguresOf } from '@cw/conflict-events';

export interface WriteResult {
  appliedEvents: number;
  duplicateEvents: number;
  changes: number;
  tallies: number;
  /** Candidate incidents taken from memory, and read from Postgres (see IncidentCache). */
  incidentsFromMemory: number;
  incidentsRead: number;
}

/**
 * Applies a batch of conflict events in one transaction: incidents, tallies, totals, history rows and
 * the consumer offset commit together or not at all, so a crash anywhere re-delivers a batch that the
 * applied_figures check then recognises (STYLE.md section 6). What a figure does to the totals is the
 * pure TotalsLedger's decision; this class loads its inputs and stores its outputs, a few statements
 * per batch rather than per figure (row-by-row round trips were the pipeline's bottleneck).
 */
export class TotalsWriter {
  private readonly regionOf?: RegionOf;
  private readonly cache: IncidentCache;

  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
    options: { regionOf?: RegionOf; cachedReports?: number } = {},
  ) {
    this.regionOf = options.regionOf;
    this.cache = new IncidentCache(options.cachedReports ?? 0);
  }

  async applyBatch(batch: PartitionBatch<ConflictEventV1>): Promise<WriteResult> {
    const { result, written } = await this.dataSource.transaction('READ COMMITTED', async (db) => {
      const events = await newEvents(
        db,
        batch.messages.map((message) => message.value),
      );
      const result: WriteResult = {
        appliedEvents: events.length,
        duplicateEvents: batch.messages.length - events.length,
        changes: 0,
        tallies: 0,
        incidentsFromMemory: 0,
        incidentsRead: 0,
      };
      let written: WrittenIncident[] = [];
      if (events.length > 0) {
        const applied = await this.applyEvents(db, events);
        result.changes = applied.changes;
        result.tallies = applied.tallies;
        result.incidentsFromMemory = applied.incidentsFromMemory;
        result.incidentsRead = applied.incidentsRead;
        written = applied.written;
      }
      await db.query(
        `INSERT INTO consumer_offsets (group_id, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
         ON CONFLICT (group_id, topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset`,
        [this.groupId, batch.topic, batch.partition, batch.nextOffset],
      );
      return { result, written };
    });
    // Only what committed is remembered: after a rollback the rows, and so the cache, stay as they were.
    for (const { incident, version } of written) this.cache.remember(incident, version);
    return result;
  }

  async storedOffsets(topic: string): Promise<{ partition: number; offset: string }[]> {
    const rows: { partition: number; next_offset: string }[] = await this.dataSource.query(
      `SELECT partition, next_offset FROM consumer_offsets WHERE group_id = $1 AND topic = $2`,
      [this.groupId, topic],
    );
    return rows.map((row) => ({ partition: row.partition, offset: String(row.next_offset) }));
  }

  private async applyEvents(
    db: EntityManager,
    events: NewEvent[],
  ): Promise<{ changes: number; tallies: number; written: WrittenIncident[]; incidentsFromMemory: number; incidentsRead: number }> {
    const readings = events.map(({ event, figures }) => ({
      event,
      article: articleMetaOf(event),
      figures: domainFiguresOf(event.articleId, figures),
    }));
    const keys = { incidents: [] as IncidentCandidateKey[], tallyKeys: [] as string[] };
    for (const { article, figures } of readings) {
      const articleKeys = ledgerKeysFor(article, figures);
      keys.incidents.push(...articleKeys.incidents);
      keys.tallyKeys.push(...articleKeys.tallyKeys);
    }
    const store = new LedgerStore(db, this.cache);
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
    const written = await store.saveIncidents([...incidents.values()]);
    await store.saveTallies([...tallies.values()]);
    await recordHistory(db, await applyToDayTotals(db, changes), eventOfArticle);
    return { changes: changes.length, tallies: tallies.size, written, ...store.incidentSources };
  }
}

interface NewEvent {
  event: ConflictEventV1;
  /** Its figures not applied before: all of them, unless a re-extraction repeats figures already counted. */
  figures: CasualtyFigureV1[];
}

/** Records every figure id of the batch; an event none of whose figures is new is a redelivery. */
const newEvents = async (db: EntityManager, events: ConflictEventV1[]): Promise<NewEvent[]> => {
  const figures = events.flatMap((event) => event.figures.map((figure) => ({ figure, event })));
  // As one JSON document: the driver quotes text[] parameters element by element, JSON.stringify is native.
  const inserted: { figure_id: string }[] = await db.query(
    `INSERT INTO applied_figures (figure_id, event_id, article_id)
     SELECT figure_id, event_id, article_id FROM jsonb_to_recordset($1::jsonb) AS x(figure_id text, event_id text, article_id text)
     ON CONFLICT (figure_id) DO NOTHING RETURNING figure_id`,
    [JSON.stringify(figures.map((f) => ({ figure_id: f.figure.figureId, event_id: f.event.eventId, article_id: f.event.articleId })))],
  );
  // A figure is placed once: by the first event of the batch that carries it, and never again after.
  const unclaimed = new Set(inserted.map((row) => row.figure_id));
  const fresh: NewEvent[] = [];
  for (const event of events) {
    const figures = event.figures.filter((figure) => unclaimed.delete(figure.figureId));
    if (figures.length > 0) fresh.push({ event, figures });
  }
  return fresh;
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
