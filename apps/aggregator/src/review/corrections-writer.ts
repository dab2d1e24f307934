import type { Correction as CorrectionView, CorrectionRequest, CorrectionResult } from '@cw/contracts';
import {
  type Correction,
  correctedFigureId,
  correctedIncidentIds,
  type LedgerSnapshot,
  type LedgerUpdate,
  type LooseFigure,
  type RegionOf,
  tallyKeyAfter,
  TotalsLedger,
} from '@cw/totals';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../admin/access.guard';
import { recordAudit } from '../admin/audit-log';
import { IncidentCache } from '../totals/incident-cache';
import { LedgerStore } from '../totals/ledger-store';
import { closeReviewItems } from './review-items-store';

/** A correction the ledger refused, and why: the controller answers 404, 400 or 409 with it. */
export class CorrectionRefused extends Error {
  constructor(
    readonly refused: 'not-found' | 'invalid' | 'conflict',
    readonly why: string,
  ) {
    super(why);
  }
}

// Postgres answers a deadlock (a batch locking the same countries in another order) or a serialization failure
// by aborting one side: the correction is simply tried again.
const RETRIABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Applies analysts' corrections (issue 13) like a batch of events: one transaction takes the incidents and
 * figures a correction concerns, lets the pure ledger work out what they count now, and writes the correction,
 * the incidents, the day totals, the history rows (each naming the correction), the outbox, the review items it
 * resolves and the audit entry together, or nothing at all. One correction at a time (a transaction lock), so two
 * analysts never count the same incident from two stale copies.
 */
export class CorrectionsWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { regionOf?: RegionOf; published?: () => Promise<unknown> } = {},
  ) {}

  /**
   * Applies one correction made by `principal` now, or (an import) one made before, with its own id, author and
   * time. With `waitForSubjects`, a correction of a figure or incident not held yet is stored to apply when it
   * arrives (a replay after an import) instead of refused.
   */
  async apply(
    request: CorrectionRequest | CorrectionView,
    principal: Principal,
    { waitForSubjects = false }: { waitForSubjects?: boolean } = {},
  ): Promise<CorrectionResult> {
    const correction = toCorrection(request, principal);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.dataSource.transaction('READ COMMITTED', (db) => this.applyIn(db, correction, principal, waitForSubjects));
        if (result.changes.length > 0) await this.options.published?.();
        return result;
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        if (attempt >= ATTEMPTS || !code || !RETRIABLE.has(code)) throw error;
      }
    }
  }

  private async applyIn(db: EntityManager, correction: Correction, principal: Principal, waitForSubjects: boolean): Promise<CorrectionResult> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('cw:corrections'))`);
    const [seen]: { doc: Correction }[] = await db.query(`SELECT doc FROM corrections WHERE correction_id = $1`, [correction.correctionId]);
    if (seen) return { correction: seen.doc as CorrectionView, changes: [], closedReviewItems: 0, waiting: false, duplicate: true };

    const figure = correctedFigureId(correction);
    const subject = { incidentIds: correctedIncidentIds(correction), figureId: figure, tallyKeys: await tallyKeysOf(db, correction) };
    let store = new LedgerStore(db, new IncidentCache(0));
    let outcome = this.correctIn(await store.loadForCorrection(subject), correction, waitForSubjects);
    // A tally a correction moves a figure to is read whole before it is counted again: its other reports decide it.
    const missing = tallyKeysIn(outcome.update).filter((key) => !subject.tallyKeys.includes(key));
    if (missing.length > 0) {
      store = new LedgerStore(db, new IncidentCache(0));
      outcome = this.correctIn(
        await store.loadForCorrection({ ...subject, tallyKeys: [...subject.tallyKeys, ...missing] }),
        correction,
        waitForSubjects,
      );
    }
    const { update, waiting } = outcome;

    await db.query(
      `INSERT INTO corrections (correction_id, action, figure_id, incident_id, other_incident_id, made_by, made_at, why, doc)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        correction.correctionId,
        correction.action,
        figure,
        correction.incidentId ?? null,
        correction.action === 'merge' ? correction.intoIncidentId : null,
        correction.by,
        correction.at,
        correction.why,
        JSON.stringify(correction),
      ],
    );
    await store.save(update, () => correction.correctionId);
    const closedReviewItems = await closeReviewItems(db, {
      correctionId: correction.correctionId,
      figureIds: figure ? [figure] : [],
      incidentIds: figure ? [] : correctedIncidentIds(correction),
      noLongerProvisional: update.incidents.filter((incident) => !incident.provisional).map((incident) => incident.incidentId),
    });
    const changes = update.changes.map(({ country, region, metric, day, incidentId, before, after, delta }) => ({
      country,
      region,
      metric,
      day,
      incidentId,
      before,
      after,
      delta,
    }));
    await recordAudit(db, {
      actor: principal,
      action: `correction.${correction.action}`,
      subject: figure ?? correction.incidentId,
      detail: { correctionId: correction.correctionId, by: correction.by, at: correction.at, why: correction.why, waiting, changes },
    });
    return { correction: correction as CorrectionView, changes, closedReviewItems, waiting, duplicate: false };
  }

  private correctIn(snapshot: LedgerSnapshot, correction: Correction, waitForSubjects: boolean): { update: LedgerUpdate; waiting: boolean } {
    const ledger = new TotalsLedger({ regionOf: this.options.regionOf }, snapshot);
    const result = ledger.correct(correction, { waitForSubjects });
    if ('refused' in result) throw new CorrectionRefused(result.refused, result.why);
    // Folded in with nothing to count yet: the figure or incident it names has not arrived.
    const waiting =
      result.changes.length === 0 &&
      result.incidents.length === 0 &&
      result.tallies.length === 0 &&
      result.talliesRemoved.length === 0 &&
      result.loose.length === 0;
    return { update: result, waiting };
  }
}

/** The domain correction: who and when come from the key and the clock, or from the correction an import carries. */
const toCorrection = (request: CorrectionRequest | CorrectionView, principal: Principal): Correction => {
  const made =
    'correctionId' in request
      ? request
      : { ...request, correctionId: randomBytes(16).toString('hex'), by: principal.name, at: new Date().toISOString() };
  if (made.action === 'merge' || made.action === 'set-estimate') return made;
  return { ...made, incidentId: made.incidentId ?? null } as Correction;
};

const tallyKeysIn = (update: LedgerUpdate): string[] => [...update.tallies.map((t) => t.tallyKey), ...update.talliesRemoved];

/** The tallies a correction of a figure outside every incident touches: the one it counts in, and the one it would. */
const tallyKeysOf = async (db: EntityManager, correction: Correction): Promise<string[]> => {
  if (!('figureId' in correction)) return [];
  const [row]: { doc: LooseFigure; tally_key: string | null }[] = await db.query(`SELECT doc, tally_key FROM loose_figures WHERE figure_id = $1`, [
    correction.figureId,
  ]);
  if (!row) return [];
  const after = correction.action === 'change' ? tallyKeyAfter(row.doc, correction.change) : null;
  return [row.tally_key, after].filter((key): key is string => Boolean(key));
};
