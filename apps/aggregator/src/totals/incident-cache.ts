import type { Incident } from '@cw/totals';

interface CachedIncident {
  incident: Incident;
  version: number;
}

/**
 * Incidents as this aggregator last wrote or read them, each with the row version it had then. A copy is
 * used only when the row, locked in the current transaction, still has that version, so the cache can be
 * stale (another instance wrote the row, a transaction rolled back) but never wrong; it saves reading an
 * incident's reports back each batch, which was half the time of a busy story. Bounded by the number of
 * reports held, least recently used first out.
 */
export class IncidentCache {
  private readonly entries = new Map<string, CachedIncident>();
  private reports = 0;

  constructor(private readonly maxReports: number) {}

  /** The cached incident when the stored row is at `version`; a stale copy is dropped. */
  current(incidentId: string, version: number): Incident | undefined {
    const entry = this.entries.get(incidentId);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.drop(incidentId, entry);
      return undefined;
    }
    this.entries.delete(incidentId);
    this.entries.set(incidentId, entry); // most recently used last
    return entry.incident;
  }

  /** Keeps `incident` as the row stood at `version`, unless a newer version is already held. */
  remember(incident: Incident, version: number): void {
    const held = this.entries.get(incident.incidentId);
    if (held) {
      if (held.version > version) return;
      this.drop(incident.incidentId, held);
    }
    this.entries.set(incident.incidentId, { incident, version });
    this.reports += incident.reports.length;
    for (const [incidentId, entry] of this.entries) {
      if (this.reports <= this.maxReports) break;
      this.drop(incidentId, entry);
    }
  }

  clear(): void {
    this.entries.clear();
    this.reports = 0;
  }

  get size(): { incidents: number; reports: number } {
    return { incidents: this.entries.size, reports: this.reports };
  }

  private drop(incidentId: string, entry: CachedIncident): void {
    this.entries.delete(incidentId);
    this.reports -= entry.incident.reports.length;
  }
}
