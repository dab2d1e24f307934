import type { PlaceMention } from "./place";

// Named places outweigh demonyms: in "Israeli strikes on Gaza" or "Russian drones hit Kharkiv" the adjective
// names the attacker, the place names where people died.
const WEIGHT = { country: 3, region: 3, town: 2, demonym: 1 } as const;

/** Score each country by the places mentioned; an ambiguous name votes only for countries named elsewhere. */
export function countryVotes(
  mentions: readonly PlaceMention[],
): Map<string, number> {
  const votes = new Map<string, number>();
  // Only countries, regions and demonyms establish a country: a lone town name is too often a word elsewhere
  // ("Taliban" is a town in Turkey, "Gang" one in the Philippines, "Delmas" one in South Africa).
  const certain = new Set<string>();
  for (const m of mentions)
    for (const c of m.candidates) if (c.kind !== "town") certain.add(c.country);
  for (const m of mentions) {
    const place = pickCandidate(m, certain);
    if (!place) continue;
    votes.set(
      place.country,
      (votes.get(place.country) ?? 0) + WEIGHT[place.kind],
    );
  }
  return votes;
}

/** The reading of a mention: the only one, the one whose country is named elsewhere, or a country/demonym. */
export function pickCandidate(
  m: PlaceMention,
  known: ReadonlySet<string>,
  preferred: string | null = null,
) {
  const inPreferred = m.candidates.find((c) => c.country === preferred);
  if (inPreferred) return inPreferred;
  const inKnown = m.candidates.find((c) => known.has(c.country));
  if (inKnown) return inKnown;
  return m.candidates.find((c) => c.kind !== "town") ?? null;
}

/** The country with the most votes, the earliest-named winning ties; null when nothing was named. */
export function leadingCountry(
  votes: ReadonlyMap<string, number>,
): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [country, score] of votes)
    if (score > bestScore) [best, bestScore] = [country, score];
  return best;
}
