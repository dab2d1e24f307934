import { addDays } from './calendar-day';
import type { Incident } from './incident';
import { specificPlaces } from './place-evidence';

interface DayGroup {
  /** Incidents naming a town, village or district, under each one they name. */
  byPlace: Map<string, Map<string, Incident>>;
  /** Incidents naming only regions, or no place: any figure of the day may join them. */
  unplaced: Map<string, Incident>;
  all: Map<string, Incident>;
}

/**
 * The incidents a figure could join: same country and metric, dated within a day (incident-match.ts
 * never looks further), and not naming only other towns. A figure in Kafr Zita is never compared with
 * the day's incidents in Maarat al-Numan, which scoreIncidentMatch would reject as 'different-place'
 * anyway: on a busy day that is most of them.
 */
export class IncidentIndex {
  private readonly groups = new Map<string, DayGroup>();
  private readonly placesOf = new Map<string, string[]>();

  /** Adds an incident, or replaces the version of it held (its places may have grown). */
  put(incident: Incident): void {
    this.remove(incident);
    const group = this.group(incident.country, incident.metric, incident.date, true) as DayGroup;
    const places = specificPlaces(incident);
    this.placesOf.set(incident.incidentId, places);
    group.all.set(incident.incidentId, incident);
    if (places.length === 0) group.unplaced.set(incident.incidentId, incident);
    for (const place of places) {
      if (!group.byPlace.has(place)) group.byPlace.set(place, new Map());
      group.byPlace.get(place)?.set(incident.incidentId, incident);
    }
  }

  candidates(figure: { country: string; metric: string; date: string; places: string[]; regions: string[] }): Incident[] {
    const places = specificPlaces(figure);
    const found = new Map<string, Incident>();
    for (const date of [addDays(figure.date, -1), figure.date, addDays(figure.date, 1)]) {
      const group = this.group(figure.country, figure.metric, date, false);
      if (!group) continue;
      if (places.length === 0) {
        for (const [id, incident] of group.all) found.set(id, incident);
        continue;
      }
      for (const [id, incident] of group.unplaced) found.set(id, incident);
      for (const place of places) for (const [id, incident] of group.byPlace.get(place) ?? []) found.set(id, incident);
    }
    return [...found.values()];
  }

  private remove(incident: Incident): void {
    const places = this.placesOf.get(incident.incidentId);
    if (!places) return;
    const group = this.group(incident.country, incident.metric, incident.date, false);
    group?.all.delete(incident.incidentId);
    group?.unplaced.delete(incident.incidentId);
    for (const place of places) group?.byPlace.get(place)?.delete(incident.incidentId);
  }

  private group(country: string, metric: string, date: string, create: boolean): DayGroup | undefined {
    const key = `${country}|${metric}|${date}`;
    let group = this.groups.get(key);
    if (!group && create) {
      group = { byPlace: new Map(), unplaced: new Map(), all: new Map() };
      this.groups.set(key, group);
    }
    return group;
  }
}
