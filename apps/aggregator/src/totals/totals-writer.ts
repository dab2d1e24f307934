import type { CasualtyFigureV1, ConflictEventV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import {
  type Incident,
  type IncidentCandidateKey,
  isResolved,
  ledgerKeysFor,
  type RegionOf,
  type ReportedTally,
  type ReviewItem,
  type ReviewOptions,
  reviewItemsOf,
  TotalsLedger,
} from '@cw/totals';
import type { DataSource, EntityManager } from 'typeorm';
import { jsonRows } from '../database/json-rows';
import { openReviewItems, talliesAboveTotals } from '../review/review-items-store';
import { IncidentCache } from './incident-cache';
import { LedgerStore, type StoreUpdate, type WrittenIncident } from './ledger-store';
import { articleMetaOf, domainFiguresOf } from '@cw/conflict-events';

const AppliedFigure = jsonRows<{ figure_id: string; event_id: string; article_id: string }>({
  figure_id: 'text',
  event_id: 'text',
  article_id: 'text',
});

export interface WriteResult {
  appliedEvents: number;
  duplicateEvents: number;
  changes: number;
  tallies: number;
  /** Candidate incidents taken from memory, and read from Postgres (see IncidentCache). */
  incidentsFromMemory: number;
  incidentsRead: number;
  /** Items this batch brought to the review queue (issue 13). */
  reviewItems: number;
}

// A figure read with less confidence than this waits for a person, unless configured (REVIEW_CONFIDENCE_BELOW).
const DEFAULT_REVIEW: ReviewOptions = { confidenceBelow: 0.5 };

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
  private readonly review: ReviewOptions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly groupId: string,
    options: { regionOf?: RegionOf; cachedReports?: number; review?: ReviewOptions } = {},
  ) {
    this.regionOf = options.regionOf;
    this.cache = new IncidentCache(options.cachedReports ?? 0);
    this.review = options.review ?? DEFAULT_REVIEW;
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
        reviewItems: 0,
      };
      let written: WrittenIncident[] = [];
      if (events.length > 0) {
        const applied = await this.applyEvents(db, events);
        result.changes = applied.changes;
        result.tallies = applied.tallies;
        result.incidentsFromMemory = applied.incidentsFromMemory;
        result.incidentsRead = applied.incidentsRead;
        result.reviewItems = applied.reviewItems;
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
  ): Promise<{
    changes: number;
    tallies: number;
    written: WrittenIncident[];
    incidentsFromMemory: number;
    incidentsRead: number;
    reviewItems: number;
  }> {
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
    const figureIds = events.flatMap(({ figures }) => figures.map((figure) => figure.figureId));
    // One ledger for the batch: an incident first reported at the batch's start is there for its end.
    const ledger = new TotalsLedger({ regionOf: this.regionOf }, await store.load(keys, figureIds));
    const incidents = new Map<string, Incident>();
    const tallies = new Map<string, ReportedTally>();
    const eventOfArticle = new Map<string, string>();
    const merged: StoreUpdate = { changes: [], incidents: [], tallies: [], talliesRemoved: [], loose: [] };
    const review: ReviewItem[] = [];
    for (const { event, article, figures } of readings) {
      eventOfArticle.set(event.articleId, event.eventId);
      const update = ledger.apply(article, figures);
      for (const incident of update.incidents) incidents.set(incident.incidentId, incident);
      for (const tally of update.tallies) tallies.set(tally.tallyKey, tally);
      merged.changes.push(...update.changes);
      merged.loose.push(...update.loose);
      review.push(...reviewItemsOf(update, ledger.correctionSet(), this.review));
    }
    merged.incidents = [...incidents.values()];
    merged.tallies = [...tallies.values()];
    const { written } = await store.save(merged, (articleId) => eventOfArticle.get(articleId) ?? '');
    review.push(...(await talliesAboveTotals(db, merged.tallies)).filter((item) => !isResolved(item, ledger.correctionSet())));
    await openReviewItems(db, review);
    return { changes: merged.changes.length, tallies: tallies.size, written, ...store.incidentSources, reviewItems: review.length };
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
  const inserted: { figure_id: string }[] = await db.query(
    `INSERT INTO applied_figures (${AppliedFigure.columns}) SELECT ${AppliedFigure.columns} FROM ${AppliedFigure.from('$1')}
     ON CONFLICT (figure_id) DO NOTHING RETURNING figure_id`,
    [AppliedFigure.param(figures.map((f) => ({ figure_id: f.figure.figureId, event_id: f.event.eventId, article_id: f.event.articleId })))],
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
