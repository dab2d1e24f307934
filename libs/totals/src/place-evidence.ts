// How far the places two reports name agree. Extraction spells places as the gazetteer does, so a light
// normalisation is enough to meet "Kafr Zita" and "kafr zita", "al-Hudaydah" and "Al Hudaydah".

export type PlaceEvidence = 'same-place' | 'same-region' | 'unknown' | 'different-place';

interface Located {
  places: string[];
  regions: string[];
}

export function normalisePlace(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'ʻʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+(governorate|province|region|state|oblast|district)$/, '')
    .replace(/^(al|el|ar|as|ad) /, '')
    .trim();
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Two towns in one province are two places ("Jalalabad" and "Khogyani" both lie in Nangarhar); a province
 * and a town in it may be one ("Nangarhar" and "Jalalabad"); a report naming no place can be anything.
 */
export function comparePlaces(a: Located, b: Located): PlaceEvidence {
  const regionsA = new Set(a.regions.map(normalisePlace));
  const regionsB = new Set(b.regions.map(normalisePlace));
  const placesA = new Set(a.places.map(normalisePlace));
  const placesB = new Set(b.places.map(normalisePlace));
  if (placesA.size === 0 || placesB.size === 0) return 'unknown';
  const specificA = new Set([...placesA].filter((p) => !regionsA.has(p)));
  const specificB = new Set([...placesB].filter((p) => !regionsB.has(p)));
  if (intersects(specificA, specificB)) return 'same-place';
  if (specificA.size > 0 && specificB.size > 0) return 'different-place';
  if (intersects(placesA, placesB) || intersects(regionsA, regionsB)) return 'same-region';
  // A province against a town the gazetteer cannot place in any province: neither the same nor different.
  const townSide = specificA.size > 0 ? regionsA : specificB.size > 0 ? regionsB : null;
  if (townSide && townSide.size === 0) return 'unknown';
  return 'different-place';
}
