import {
  type Correction,
  CorrectionSet,
  type Incident,
  type IncidentCandidateKey,
  type LedgerSnapshot,
  type LedgerUpdate,
  type LooseFigure,
  type ReportedFigure,
  type ReportedTally,
} from '@cw/totals';
import type { EntityManager } from 'typeorm';
import { jsonRows } from '../database/json-rows';
import { lockCountryMetrics } from './country-metric-lock';
import { applyToDayTotals, type HistoryEntry } from './day-totals';
import type { IncidentCache } from './incident-cache';
import { recordHistory } from './totals-history';

/** An incident this transaction wrote, at the row version it wrote: for the cache once the transaction commits. */
export interface WrittenIncident {
  incident: Incident;
  version: number;
}

/** What one transaction changes: the updates of its articles (or its correction), merged. */
export type StoreUpdate = Pick<LedgerUpdate, 'changes' | 'incidents' | 'tallies' | 'talliesRemoved' | 'loose'>;

const IncidentCount = jsonRows<{ incident_id: string; report_count: number }>({ incident_id: 'text', report_count: 'integer' });
const IncidentRow = jsonRows<{
  incident_id: string;
  country: string;
  region: string | null;
  metric: string;
  day: string;
  value: number;
  current_figure_id: string;
  report_count: number;
  provisional: string | null;
  doc: Omit<Incident, 'reports'>;
}>({
  incident_id: 'text',
  country: 'text',
  region: 'text',
  metric: 'text',
  day: 'date',
  value: 'bigint',
  current_figure_id: 'text',
  report_count: 'integer',
  provisional: 'text',
  doc: 'jsonb',
});
const TallyRow = jsonRows<{
  tally_key: string;
  country: string | null;
  metric: string;
  source: string | null;
  since: string | null;
  value: number;
  published_at: string;
  doc: ReportedTally;
}>({ tally_key: 'text', country: 'text', metric: 'text', source: 'text', since: 'text', value: 'bigint', published_at: 'timestamptz', doc: 'jsonb' });
const ReportRow = jsonRows<{ incident_id: string; seq: number; figure_id: string; doc: ReportedFigure }>({
  incident_id: 'text',
  seq: 'integer',
  figure_id: 'text',
  doc: 'json',
});
const LooseRow = jsonRows<{ figure_id: string; reason: string; country: string | null; metric: string; tally_key: string | null; doc: LooseFigure }>({
  figure_id: 'text',
  reason: 'text',
  country: 'text',
  metric: 'text',
  tally_key: 'text',
  doc: 'json',
});
const CandidateKey = jsonRows<{ country: string; metric: string; from_day: string; to_day: string }>({
  country: 'text',
  metric: 'text',
  from_day: 'date',
  to_day: 'date',
});

// Corrections are rare: when a batch's figures and incidents have none, the one query that says so is all they cost.
const CORRECTIONS_OF = `SELECT doc FROM corrections
  WHERE figure_id = ANY($1::text[]) OR incident_id = ANY($2::text[]) OR other_incident_id = ANY($2::text[]) ORDER BY seq`;

/**
 * The ledger's state in Postgres for one transaction. It locks the countries and metrics a batch may touch
 * (country-metric-lock.ts) and the tallies it may change, takes the incidents whose stored version it
 * already holds from the cache and reads the rest with their reports, loads the corrections that concern them
 * (and the incidents those name: merge partners, reports moved into incidents of their own), and writes back what
 * the pure ledger says changed: the incident rows and only the reports they gained. A few statements per batch,
 * whatever its size.
 */
export class LedgerStore {
  // Incidents as their rows stand: the ledger only ever appends reports, so those past a stored incident's
  // are new, and its summary tells whether the row needs rewriting.
  private readonly stored = new Map<string, Incident>();
  private fromMemory = 0;
  private read = 0;

  constructor(
    private readonly db: EntityManager,
    private readonly cache: IncidentCache,
  ) {}

  /**
   * The snapshot for a batch: its candidate incidents and tallies, the corrections of its figures and of those
   * incidents (`figureIds`: the batch's figures, whose ids are also the ids of the incidents they may start).
   */
  async load(keys: { incidents: IncidentCandidateKey[]; tallyKeys: string[] }, figureIds: string[] = []): Promise<LedgerSnapshot> {
    const incidents = keys.incidents.length === 0 ? [] : await this.loadIncidents(keys.incidents);
    const tallies: { doc: ReportedTally }[] =
      keys.tallyKeys.length === 0
        ? []
        : await this.db.query(`SELECT doc FROM reported_tallies WHERE tally_key = ANY($1::text[]) ORDER BY tally_key FOR UPDATE`, [keys.tallyKeys]);
    const corrected = await this.loadCorrections(incidents, figureIds);
    return {
      incidents: corrected.incidents,
      tallies: tallies.map((row) => row.doc),
      corrections: corrected.corrections,
      looseFigures: corrected.loose,
    };
  }

  /**
   * The snapshot for one correction: the incidents it names by id, the figure it names (in its incident, found by
   * `incidentId` or else looked for, or outside every incident), and everything the corrections of those concern.
   */
  async loadForCorrection(subject: { incidentIds: string[]; figureId: string | null; tallyKeys: string[] }): Promise<LedgerSnapshot> {
    const ids = new Set(subject.incidentIds);
    if (subject.figureId) for (const id of await this.incidentsHolding(subject.figureId, subject.incidentIds)) ids.add(id);
    const incidents = await this.loadIncidentsById([...ids]);
    const corrected = await this.loadCorrections(incidents, subject.figureId ? [subject.figureId] : []);
    const loose = await this.loadLoose(subject.figureId ? [subject.figureId] : [], subject.tallyKeys);
    const tallyKeys = [...new Set([...subject.tallyKeys, ...loose.map((l) => l.tallyKey).filter((k): k is string => Boolean(k))])];
    const tallies: { doc: ReportedTally }[] =
      tallyKeys.length === 0 ? [] : await this.db.query(`SELECT doc FROM reported_tallies WHERE tally_key = ANY($1::text[]) FOR UPDATE`, [tallyKeys]);
    const byId = new Map([...corrected.loose, ...loose].map((l) => [l.figureId, l]));
    return {
      incidents: corrected.incidents,
      tallies: tallies.map((row) => row.doc),
      corrections: corrected.corrections,
      looseFigures: [...byId.values()],
    };
  }

  /** Where this batch's candidate incidents came from: memory (at their stored version) or Postgres. */
  get incidentSources(): { incidentsFromMemory: number; incidentsRead: number } {
    return { incidentsFromMemory: this.fromMemory, incidentsRead: this.read };
  }

  /** Writes what the ledger changed: incidents and their new reports, tallies, loose figures, day totals and history. */
  async save(update: StoreUpdate, eventOf: (articleId: string) => string): Promise<{ written: WrittenIncident[]; history: HistoryEntry[] }> {
    const written = await this.saveIncidents(update.incidents);
    await this.saveTallies(update.tallies, update.talliesRemoved);
    await this.saveLoose(update.loose);
    const history = await applyToDayTotals(this.db, update.changes);
    await recordHistory(this.db, history, eventOf);
    return { written, history };
  }

  private async saveIncidents(incidents: Incident[]): Promise<WrittenIncident[]> {
    if (incidents.length === 0) return [];
    // Most reports join an incident without moving its estimate, places or victims: its row then only
    // counts one more report, and the document it holds is not sent and stored again.
    const recounted: Incident[] = [];
    const rewritten: Incident[] = [];
    for (const incident of incidents) {
      const stored = this.stored.get(incident.incidentId);
      (stored && sameSummary(stored, incident) ? recounted : rewritten).push(incident);
    }
    const rows = [...(await this.recount(recounted)), ...(await this.rewrite(rewritten))];
    await this.saveNewReports(incidents);
    const versions = new Map(rows.map((row) => [row.incident_id, Number(row.version)]));
    return incidents.map((incident) => ({ incident, version: versions.get(incident.incidentId) ?? 0 }));
  }

  private async recount(incidents: Incident[]): Promise<{ incident_id: string; version: string }[]> {
    if (incidents.length === 0) return [];
    // TypeORM answers an UPDATE with [rows, affected count], unlike an INSERT.
    const [rows]: [{ incident_id: string; version: string }[], number] = await this.db.query(
      `UPDATE incidents i SET report_count = x.report_count, version = i.version + 1, updated_at = now()
       FROM ${IncidentCount.from('$1')}
       WHERE i.incident_id = x.incident_id
       RETURNING i.incident_id, i.version`,
      [IncidentCount.param(incidents.map((incident) => ({ incident_id: incident.incidentId, report_count: incident.reports.length })))],
    );
    return rows;
  }

  private async rewrite(incidents: Incident[]): Promise<{ incident_id: string; version: string }[]> {
    if (incidents.length === 0) return [];
    const rows = incidents.map(({ reports, ...doc }) => ({
      incident_id: doc.incidentId,
      country: doc.country,
      region: doc.region,
      metric: doc.metric,
      day: doc.date,
      value: doc.value,
      current_figure_id: doc.currentFigureId,
      report_count: reports.length,
      provisional: doc.provisional && !doc.corrected?.mergedInto ? doc.provisional : null,
      doc,
    }));
    return this.db.query(
      `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, provisional, doc)
       SELECT incident_id, country, region, metric, day, value, current_figure_id, report_count, provisional, doc FROM ${IncidentRow.from('$1')}
       ON CONFLICT (incident_id) DO UPDATE SET country = EXCLUDED.country, metric = EXCLUDED.metric, day = EXCLUDED.day,
         region = EXCLUDED.region, value = EXCLUDED.value, current_figure_id = EXCLUDED.current_figure_id,
         report_count = EXCLUDED.report_count, provisional = EXCLUDED.provisional, doc = EXCLUDED.doc,
         version = incidents.version + 1, updated_at = now()
       RETURNING incident_id, version`,
      [IncidentRow.param(rows)],
    );
  }

  private async saveTallies(tallies: ReportedTally[], removed: string[]): Promise<void> {
    if (removed.length > 0) await this.db.query(`DELETE FROM reported_tallies WHERE tally_key = ANY($1::text[])`, [removed]);
    if (tallies.length === 0) return;
    const rows = tallies.map((t) => ({
      tally_key: t.tallyKey,
      country: t.country,
      metric: t.metric,
      source: t.source,
      since: t.since,
      value: t.value,
      published_at: t.publishedAt,
      doc: t,
    }));
    await this.db.query(
      `INSERT INTO reported_tallies (${TallyRow.columns}) SELECT ${TallyRow.columns} FROM ${TallyRow.from('$1')}
       ON CONFLICT (tally_key) DO UPDATE SET value = EXCLUDED.value, published_at = EXCLUDED.published_at,
         doc = EXCLUDED.doc, updated_at = now()`,
      [TallyRow.param(rows)],
    );
  }

  /** Figures outside every incident, kept so a person can correct them; a correction updates the tally one counts in. */
  private async saveLoose(loose: LooseFigure[]): Promise<void> {
    if (loose.length === 0) return;
    const rows = [...new Map(loose.map((l) => [l.figureId, l])).values()].map((l) => ({
      figure_id: l.figureId,
      reason: l.reason,
      country: l.country,
      metric: l.metric,
      tally_key: l.tallyKey ?? null,
      doc: l,
    }));
    await this.db.query(
      `INSERT INTO loose_figures (${LooseRow.columns}) SELECT ${LooseRow.columns} FROM ${LooseRow.from('$1')}
       ON CONFLICT (figure_id) DO UPDATE SET tally_key = EXCLUDED.tally_key`,
      [LooseRow.param(rows)],
    );
  }

  private async loadIncidents(keys: IncidentCandidateKey[]): Promise<Incident[]> {
    await lockCountryMetrics(this.db, keys);
    const unique = [...new Map(keys.map((k) => [`${k.country}|${k.metric}|${k.fromDay}|${k.toDay}`, k])).values()];
    const locked: { incident_id: string; version: string }[] = await this.db.query(
      // Driven from the keys, so each key is an index range scan on (country, metric, day).
      `SELECT DISTINCT c.incident_id, c.version
       FROM ${CandidateKey.from('$1', 'k')}
       JOIN incidents c ON c.country = k.country AND c.metric = k.metric AND c.day BETWEEN k.from_day AND k.to_day`,
      [CandidateKey.param(unique.map((k) => ({ country: k.country, metric: k.metric, from_day: k.fromDay, to_day: k.toDay })))],
    );
    return this.readIncidents(locked);
  }

  /** Incidents by id, each read under the lock of its country and metric (taken first, then the rows). */
  private async loadIncidentsById(ids: string[]): Promise<Incident[]> {
    const wanted = ids.filter((id) => !this.stored.has(id));
    if (wanted.length > 0) {
      const keys: { country: string; metric: string }[] = await this.db.query(
        `SELECT DISTINCT country, metric FROM incidents WHERE incident_id = ANY($1::text[])`,
        [wanted],
      );
      await lockCountryMetrics(this.db, keys);
      const rows: { incident_id: string; version: string }[] = await this.db.query(
        `SELECT incident_id, version FROM incidents WHERE incident_id = ANY($1::text[])`,
        [wanted],
      );
      await this.readIncidents(rows);
    }
    return ids.map((id) => this.stored.get(id)).filter((i): i is Incident => i !== undefined);
  }

  private async readIncidents(rows: { incident_id: string; version: string }[]): Promise<Incident[]> {
    const incidents: Incident[] = [];
    const missing: string[] = [];
    for (const row of rows) {
      const cached = this.cache.current(row.incident_id, Number(row.version));
      if (cached) incidents.push(cached);
      else missing.push(row.incident_id);
    }
    this.fromMemory += incidents.length;
    this.read += missing.length;
    if (missing.length > 0) {
      const read: { doc: Omit<Incident, 'reports'>; version: string; reports: ReportedFigure[] }[] = await this.db.query(
        `SELECT i.doc, i.version, (SELECT coalesce(json_agg(r.doc ORDER BY r.seq), '[]') FROM incident_reports r WHERE r.incident_id = i.incident_id) AS reports
         FROM incidents i WHERE i.incident_id = ANY($1::text[])`,
        [missing],
      );
      for (const row of read) {
        const incident: Incident = { ...row.doc, reports: row.reports };
        this.cache.remember(incident, Number(row.version));
        incidents.push(incident);
      }
    }
    for (const incident of incidents) this.stored.set(incident.incidentId, incident);
    return incidents;
  }

  /**
   * The corrections of the loaded incidents and of the batch's figures, and (only when there are some) the
   * incidents they also concern, until none is missing. Those may lie in other countries or metrics (a figure moved
   * to another): their locks are taken too.
   */
  private async loadCorrections(
    loaded: Incident[],
    figureIds: string[],
  ): Promise<{ incidents: Incident[]; corrections: Correction[]; loose: LooseFigure[] }> {
    const incidents = new Map(loaded.map((i) => [i.incidentId, i]));
    const ids = () => [...new Set([...incidents.keys(), ...figureIds])];
    let rows: { doc: Correction }[] = await this.db.query(CORRECTIONS_OF, [figureIds, ids()]);
    if (rows.length === 0 && !loaded.some((incident) => incident.corrected)) return { incidents: loaded, corrections: [], loose: [] };
    for (let round = 0; round < 10; round++) {
      const set = new CorrectionSet(rows.map((row) => row.doc));
      for (const incident of incidents.values())
        for (const [figure, override] of Object.entries(incident.corrected?.figures ?? {})) set.seedFigure(figure, override);
      const wanted = set.relatedIncidentIds(ids()).filter((id) => !incidents.has(id));
      if (wanted.length === 0) break;
      const found = await this.loadIncidentsById(wanted);
      for (const incident of found) incidents.set(incident.incidentId, incident);
      if (found.length === 0) break;
      rows = await this.db.query(CORRECTIONS_OF, [figureIds, ids()]);
    }
    const corrections = rows.map((row) => row.doc);
    // Figures outside every incident that corrections place: their own data, to count them.
    const looseIds = corrections.filter((c) => 'figureId' in c && !c.incidentId).map((c) => ('figureId' in c ? c.figureId : ''));
    return { incidents: [...incidents.values()], corrections, loose: await this.loadLoose(looseIds, []) };
  }

  private async loadLoose(figureIds: string[], tallyKeys: string[]): Promise<LooseFigure[]> {
    if (figureIds.length === 0 && tallyKeys.length === 0) return [];
    const rows: { doc: LooseFigure; tally_key: string | null }[] = await this.db.query(
      `SELECT doc, tally_key FROM loose_figures WHERE figure_id = ANY($1::text[]) OR tally_key = ANY($2::text[])`,
      [figureIds, tallyKeys],
    );
    return rows.map((row) => ({ ...row.doc, tallyKey: row.tally_key }));
  }

  /**
   * The incidents that hold a figure: the one the caller names when it does (the page knows it), else every incident
   * that holds a report of it (a slow look through the reports, for a correction made without its incident).
   */
  private async incidentsHolding(figureId: string, named: string[]): Promise<string[]> {
    if (named.length > 0) {
      const rows: { incident_id: string }[] = await this.db.query(
        `SELECT DISTINCT incident_id FROM incident_reports WHERE incident_id = ANY($1::text[]) AND figure_id = $2`,
        [named, figureId],
      );
      if (rows.length > 0) return rows.map((row) => row.incident_id);
    }
    const rows: { incident_id: string }[] = await this.db.query(`SELECT DISTINCT incident_id FROM incident_reports WHERE figure_id = $1`, [figureId]);
    return rows.map((row) => row.incident_id);
  }

  private async saveNewReports(incidents: Incident[]): Promise<void> {
    const added = incidents.flatMap((incident) => {
      const stored = this.stored.get(incident.incidentId)?.reports.length ?? 0;
      return incident.reports
        .slice(stored)
        .map((report, i) => ({ incident_id: incident.incidentId, seq: stored + i, figure_id: report.figureId, doc: report }));
    });
    if (added.length === 0) return;
    await this.db.query(`INSERT INTO incident_reports (${ReportRow.columns}) SELECT ${ReportRow.columns} FROM ${ReportRow.from('$1')}`, [
      ReportRow.param(added),
    ]);
    for (const incident of incidents) this.stored.set(incident.incidentId, incident);
  }
}

// An incident's country, metric and day never change; these are what a report can move. Place lists only
// grow, so an unchanged length is an unchanged list. A corrected incident is rewritten whenever it is counted again.
const sameSummary = (stored: Incident, now: Incident): boolean =>
  stored.value === now.value &&
  (stored.provisional ?? null) === (now.provisional ?? null) &&
  stored.currentFigureId === now.currentFigureId &&
  stored.victims === now.victims &&
  stored.region === now.region &&
  stored.places.length === now.places.length &&
  stored.regions.length === now.regions.length &&
  !stored.corrected &&
  !now.corrected;
