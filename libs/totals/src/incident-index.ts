import type { Metric } from '@cw/extraction';
import { addDays } from './calendar-day';
import { incidentCandidateKey, type Incident } from './incident';
import { samePlaceName, specificPlaces } from './place-evidence';

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
  private readonly filed = new Map<string, { group: DayGroup; places: string[] }>();

  /** Adds an incident, or replaces the version of it held (its places may have grown). */
  put(incident: Incident): void {
    const held = this.filed.get(incident.incidentId);
    if (held) this.remove(incident.incidentId, held);
    const group = held?.group ?? this.group(incident.country, incident.metric, incident.date);
    const places = specificPlaces(incident);
    this.filed.set(incident.incidentId, { group, places });
    group.all.set(incident.incidentId, incident);
    if (places.length === 0) group.unplaced.set(incident.incidentId, incident);
    for (const place of places) {
      if (!group.byPlace.has(place)) group.byPlace.set(place, new Map());
      group.byPlace.get(place)?.set(incident.incidentId, incident);
    }
  }

  candidates(figure: {
    country: string;
    metric: Metric;
    date: string;
    dateInferred?: boolean;
    monthOnly?: boolean;
    places: string[];
    regions: string[];
  }): Incident[] {
    const places = specificPlaces(figure);
    const found: Incident[] = [];
    const window = incidentCandidateKey(figure);
    for (let date = window.fromDay; date <= window.toDay; date = addDays(date, 1)) {
      const group = this.groups.get(`${figure.country}|${figure.metric}|${date}`);
      if (!group) continue;
      if (places.length === 0) {
        for (const incident of group.all.values()) found.push(incident);
        continue;
      }
      for (const incident of group.unplaced.values()) found.push(incident);
      // "Pazi Gyi" finds the incidents of "Pazigyi": one place spelt two ways (place-evidence.ts).
      for (const [key, incidents] of group.byPlace)
        if (places.some((place) => samePlaceName(place, key))) for (const incident of incidents.values()) found.push(incident);
    }
    // An incident naming two of the figure's towns was found twice.
    return places.length > 1 ? [...new Set(found)] : found;
  }

  private remove(incidentId: string, { group, places }: { group: DayGroup; places: string[] }): void {
    group.all.delete(incidentId);
    group.unplaced.delete(incidentId);
    for (const place of places) group.byPlace.get(place)?.delete(incidentId);
  }

  private group(country: string, metric: string, date: string): DayGroup {
    const key = `${country}|${metric}|${date}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { byPlace: new Map(), unplaced: new Map(), all: new Map() };
      this.groups.set(key, group);
    }
    return group;
  }
}
