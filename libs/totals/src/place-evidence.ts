// How far the places two reports name agree. Extraction spells places as the gazetteer does, so a light
// normalisation is enough to meet "Kafr Zita" and "kafr zita", "al-Hudaydah" and "Al Hudaydah".

export type PlaceEvidence = 'same-place' | 'same-region' | 'unknown' | 'different-place';

interface Located {
  places: string[];
  regions: string[];
}

// Every comparison normalises the same few thousand names again; a bounded memo keeps that off the
// aggregator's hot path.
const normalised = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function normalisePlace(name: string): string {
  let result = normalised.get(name);
  if (result === undefined) {
    result = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’'ʻʼ`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .replace(/\s+(governorate|province|region|state|oblast|district)$/, '')
      .replace(/^(al|el|ar|as|ad) /, '')
      .trim();
    if (normalised.size >= MEMO_LIMIT) normalised.clear();
    normalised.set(name, result);
  }
  return result;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of smaller) if (larger.has(x)) return true;
  return false;
}

/**
 * Two towns in one province are two places ("Jalalabad" and "Khogyani" both lie in Nangarhar); a province
 * and a town in it may be one ("Nangarhar" and "Jalalabad"); a report naming no place can be anything.
 */
export function comparePlaces(a: Located, b: Located): PlaceEvidence {
  const sideA = normalisedSide(a);
  const sideB = normalisedSide(b);
  const { regions: regionsA, places: placesA, specific: specificA } = sideA;
  const { regions: regionsB, places: placesB, specific: specificB } = sideB;
  if (placesA.size === 0 || placesB.size === 0) return 'unknown';
  if (intersects(specificA, specificB)) return 'same-place';
  if (specificA.size > 0 && specificB.size > 0) return 'different-place';
  if (intersects(placesA, placesB) || intersects(regionsA, regionsB)) return 'same-region';
  // A province against a town the gazetteer cannot place in any province: neither the same nor different.
  const townSide = specificA.size > 0 ? regionsA : specificB.size > 0 ? regionsB : null;
  if (townSide && townSide.size === 0) return 'unknown';
  return 'different-place';
}

interface NormalisedSide {
  places: Set<string>;
  regions: Set<string>;
  /** Places that are not themselves regions: towns, villages, districts. */
  specific: Set<string>;
}

// Incidents and figures are never modified once built (a placement returns a new incident), so an
// incident compared with every figure of a batch has its names normalised once.
const sides = new WeakMap<Located, NormalisedSide>();

function normalisedSide(located: Located): NormalisedSide {
  let side = sides.get(located);
  if (!side) {
    const regions = new Set(located.regions.map(normalisePlace));
    const places = new Set(located.places.map(normalisePlace));
    side = { places, regions, specific: new Set([...places].filter((p) => !regions.has(p))) };
    sides.set(located, side);
  }
  return side;
}

/**
 * Hands `merged`, the names of `base` and `added` together (as an incident gaining a report), the
 * normalised names `base` already has, instead of normalising them all again.
 */
export function carryPlaceEvidence(base: Located, added: Located, merged: Located): void {
  const from = sides.get(base);
  if (!from) return;
  const more = normalisedSide(added);
  const regions = new Set(from.regions);
  for (const region of more.regions) regions.add(region);
  const places = new Set(from.places);
  for (const place of more.places) places.add(place);
  const specific = new Set<string>();
  for (const place of from.specific) if (!more.regions.has(place)) specific.add(place);
  for (const place of more.places) if (!regions.has(place)) specific.add(place);
  sides.set(merged, { places, regions, specific });
}
