import { distance } from 'fastest-levenshtein';

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
      .replace(/\s+(governorate|province|region|state|oblast|district|city|town)$/, '')
      .replace(/^(al|el|ar|as|ad) /, '')
      .trim();
    if (normalised.size >= MEMO_LIMIT) normalised.clear();
    normalised.set(name, result);
  }
  return result;
}

// Reports name a handful of places: plain lists beat sets at that size.
function intersects(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => samePlaceName(x, y)));
}

/**
 * One place spelt two ways, as outlets transliterate it: "Pazigyi" and "Pa Zi Gyi", "Seytenga", "Setenga" and
 * "Sitenga". Written together, a long name (six letters or more) that starts alike may differ by one letter, or two
 * from nine letters on; shorter names must match ("Bama" and "Bima" are two towns).
 */
export function samePlaceName(a: string, b: string): boolean {
  if (a === b) return true;
  // "Sobane" and "Sobane Da": a long name that is the first word of the other.
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (shorter.length >= 6 && !shorter.includes(' ') && longer.startsWith(`${shorter} `)) return true;
  const x = a.replace(/ /g, '');
  const y = b.replace(/ /g, '');
  if (x === y) return true;
  if (x.length < 6 || y.length < 6 || x[0] !== y[0]) return false;
  return distance(x, y) <= (Math.min(x.length, y.length) >= 9 ? 2 : 1);
}

function unique(names: string[]): string[] {
  const normalised: string[] = [];
  for (const name of names) {
    const n = normalisePlace(name);
    if (!normalised.includes(n)) normalised.push(n);
  }
  return normalised;
}

/**
 * The places that are not themselves regions (towns, villages, districts), normalised. Two reports that
 * both name such places and share none are 'different-place': never one incident.
 */
export function specificPlaces(located: Located): string[] {
  const regions = unique(located.regions);
  return unique(located.places).filter((p) => !regions.includes(p));
}

/**
 * Two towns in one province are two places ("Jalalabad" and "Khogyani" both lie in Nangarhar); a province
 * and a town in it may be one ("Nangarhar" and "Jalalabad"); a report naming no place can be anything.
 */
export function comparePlaces(a: Located, b: Located): PlaceEvidence {
  if (a.places.length === 0 || b.places.length === 0) return 'unknown';
  const placesA = unique(a.places);
  const placesB = unique(b.places);
  const regionsA = unique(a.regions);
  const regionsB = unique(b.regions);
  const specificA = placesA.filter((p) => !regionsA.includes(p));
  const specificB = placesB.filter((p) => !regionsB.includes(p));
  if (intersects(specificA, specificB)) return 'same-place';
  if (specificA.length > 0 && specificB.length > 0) return 'different-place';
  if (intersects(placesA, placesB) || intersects(regionsA, regionsB)) return 'same-region';
  // A province against a town the gazetteer cannot place in any province: neither the same nor different.
  const townSide = specificA.length > 0 ? regionsA : specificB.length > 0 ? regionsB : null;
  if (townSide && townSide.length === 0) return 'unknown';
  return 'different-place';
}
