import { normalisePlaceName } from '@cw/places';
import { City, State } from 'country-state-city';

export interface Location {
  latitude: number;
  longitude: number;
  /** The name the point stands for: a town of the incident, or its first-level region's centre. */
  place: string;
  precision: 'town' | 'region';
}

interface Point {
  latitude: number;
  longitude: number;
  state: string;
}

// Built once per process on first use, from the lists the gazetteer reads (country-state-city): ~150,000
// towns and ~5,000 regions with their coordinates, about 100 ms and 20 MB.
let shared: PlaceCoordinates | undefined;

/**
 * Where an incident can be drawn: the first of its places that is a town of its country, else the centre of
 * its first-level region. The gazetteer (@cw/places) keeps names only; the coordinates come from the same
 * lists, matched by the same normalised names.
 */
export class PlaceCoordinates {
  private readonly towns = new Map<string, Point[]>();
  private readonly regions = new Map<string, Point & { name: string }>();
  private readonly regionCodes = new Map<string, string>();

  static shared(): PlaceCoordinates {
    shared ??= new PlaceCoordinates();
    return shared;
  }

  private constructor() {
    for (const state of State.getAllStates()) {
      const point = { latitude: Number(state.latitude), longitude: Number(state.longitude), state: state.isoCode, name: state.name };
      if (!Number.isFinite(point.latitude) || !Number.isFinite(point.longitude) || !state.latitude) continue;
      this.regions.set(`${state.countryCode}|${state.name}`, point);
      this.regionCodes.set(`${state.countryCode}|${state.name}`, state.isoCode);
    }
    for (const city of City.getAllCities()) {
      if (!city.latitude || !city.longitude) continue;
      const key = `${city.countryCode}|${normalisePlaceName(city.name)}`;
      const list = this.towns.get(key) ?? [];
      list.push({ latitude: Number(city.latitude), longitude: Number(city.longitude), state: city.stateCode });
      this.towns.set(key, list);
    }
  }

  /** The centre of a first-level region, named as the gazetteer names it ("Idlib Governorate"). */
  regionCentre(country: string, region: string): { latitude: number; longitude: number } | null {
    const point = this.regions.get(`${country}|${region}`);
    return point ? { latitude: point.latitude, longitude: point.longitude } : null;
  }

  locate(incident: { country: string; region: string | null; places: string[]; regions?: string[] }): Location | null {
    const region = incident.region ?? incident.regions?.[0] ?? null;
    const regionCode = region ? this.regionCodes.get(`${incident.country}|${region}`) : undefined;
    for (const place of incident.places) {
      const towns = this.towns.get(`${incident.country}|${normalisePlaceName(place)}`);
      if (!towns) continue;
      // A town name many regions share ("Salem"): the one in the incident's region when it has one.
      const town = towns.find((t) => t.state === regionCode) ?? towns[0];
      return { latitude: town.latitude, longitude: town.longitude, place, precision: 'town' };
    }
    const centre = region ? this.regionCentre(incident.country, region) : null;
    return centre && region ? { ...centre, place: region, precision: 'region' } : null;
  }
}
