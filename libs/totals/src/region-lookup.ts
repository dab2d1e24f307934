import type { RegionOf } from './reported-figure';

/** What the totals need from a gazetteer (`Gazetteer` of @cw/places has it): every place a name may be. */
export interface PlaceLookup {
  lookup(name: string): { name: string; country: string; kind: string; region?: string }[];
}

/**
 * A RegionOf that knows first-level regions only: "Nangarhar" is the region Nangarhar, "Jalalabad" is a
 * town of unknown region. That is enough to keep "Jalalabad, Nangarhar" and "Khogyani, Nangarhar" apart
 * while "Nangarhar" alone may still join either.
 */
export function regionLookup(places: PlaceLookup): RegionOf {
  return (country, place) => {
    const found = places.lookup(place);
    // A region is itself, as the report names it: "Dnipropetrovsk" must meet "Dnipropetrovska oblast", the region the
    // gazetteer gives the town of Dnipro, by its name (place-evidence.ts tolerates the letter between them).
    return (
      (found.some((p) => p.kind === 'region' && p.country === country) ? place : undefined) ??
      // "Maiduguri" is a town of Borno: a town the gazetteer places in one region of the country.
      found.find((p) => p.kind === 'town' && p.country === country)?.region ??
      null
    );
  };
}
