import { normalisePlaceName } from './normalise-place-name';
import type { Place, PlaceKind, PlaceMention } from './place';

// Named places outweigh demonyms: in "Israeli strikes on Gaza" or "Russian drones hit Kharkiv" the adjective
// names the attacker, the place names where people died.
const WEIGHT = { country: 3, region: 3, town: 2, demonym: 1 } as const;

/**
 * Score each country by the places mentioned. Two passes: names that can only be one country vote first; an
 * ambiguous name ("Congo" is CG or CD, "Somali" is Somalia's demonym or Ethiopia's Somali Region) then votes for
 * the reading whose country the unambiguous names support, i.e. the country the report is about.
 * `context` (a dateline: "QUETTA, Pakistan") makes its countries known without voting for them.
 */
export function countryVotes(mentions: readonly PlaceMention[], context: readonly PlaceMention[] = []): Map<string, number> {
  const certain = certainCountries(mentions, context);
  const votes = new Map<string, number>();
  const ambiguous: PlaceMention[] = [];
  for (const m of mentions) {
    const readings = m.candidates.filter((c) => certain.has(c.country));
    const countries = new Set(readings.map((c) => c.country));
    if (countries.size > 1) {
      ambiguous.push(m);
      continue;
    }
    const place = readings[0] ?? pickCandidate(m, certain);
    if (place) add(votes, place);
  }
  // Support for an ambiguous reading: the unambiguous names, the dateline's countries, then the other ambiguous
  // names ("Beni" is Bolivia's Beni Department or a DR Congo town; beside "Congo" it is the town).
  const supported = new Map(votes);
  // A dateline town ("MOGADISHU (AA) -") is where the reporter sits: it tips an ambiguous name ("the Somali army") a
  // little less than a region or country would.
  for (const m of context) {
    const regional = new Set(m.candidates.filter((p) => p.kind !== 'town').map((p) => p.country));
    for (const c of new Set(m.candidates.map((p) => p.country))) supported.set(c, (supported.get(c) ?? 0) + (regional.has(c) ? 1 : 0.75));
  }
  for (const m of ambiguous) for (const c of new Set(m.candidates.map((p) => p.country))) supported.set(c, (supported.get(c) ?? 0) + 0.5);
  for (const m of ambiguous) {
    let best: Place | null = null;
    for (const c of m.candidates)
      if (certain.has(c.country) && (supported.get(c.country) ?? 0) > (best ? (supported.get(best.country) ?? 0) : 0)) best = c;
    const place = best ?? pickCandidate(m, certain);
    if (place) add(votes, place);
  }
  return votes;
}

function add(votes: Map<string, number>, place: Place): void {
  votes.set(place.country, (votes.get(place.country) ?? 0) + WEIGHT[place.kind]);
}

/**
 * Countries a report establishes. Countries, regions and demonyms do; a lone town name does not, being too often a
 * word elsewhere ("Taliban" is a town in Turkey, "Gang" one in the Philippines, "Delmas" one in South Africa).
 * Two different town names of one country corroborate each other ("Kharkiv" and "Vovchansk" are both Ukraine).
 */
function certainCountries(mentions: readonly PlaceMention[], context: readonly PlaceMention[]): Set<string> {
  return countriesNamed([...mentions, ...context], (kind) => kind !== 'town');
}

/**
 * Countries a report names itself: by their name or their people's, or by two different places of theirs. A region
 * alone does not ("the mayor of Sangha" in a report on Mali names no Congolese department).
 */
export function attestedCountries(mentions: readonly PlaceMention[]): Set<string> {
  return countriesNamed(mentions, (kind) => kind === 'country' || kind === 'demonym');
}

/** Countries a reading of one of these kinds names alone, and countries two different names of other kinds share. */
function countriesNamed(mentions: readonly PlaceMention[], namesAlone: (kind: PlaceKind) => boolean): Set<string> {
  const named = new Set<string>();
  const otherNames = new Map<string, Set<string>>();
  for (const m of mentions)
    for (const c of m.candidates) {
      if (namesAlone(c.kind)) named.add(c.country);
      else {
        const names = otherNames.get(c.country) ?? new Set<string>();
        names.add(normalisePlaceName(m.text.replace(/['’]s$/, '')));
        otherNames.set(c.country, names);
      }
    }
  for (const [country, names] of otherNames) if (names.size >= 2) named.add(country);
  return named;
}

/** The reading of a mention: the only one, the one whose country is named elsewhere, or a country/demonym. */
export function pickCandidate(m: PlaceMention, known: ReadonlySet<string>, preferred: string | null = null) {
  const inPreferred = m.candidates.find((c) => c.country === preferred);
  if (inPreferred) return inPreferred;
  const inKnown = m.candidates.find((c) => known.has(c.country));
  if (inKnown) return inKnown;
  return m.candidates.find((c) => c.kind !== 'town') ?? null;
}

/** The country with the most votes, the earliest-named winning ties; null when nothing was named. */
export function leadingCountry(votes: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [country, score] of votes) if (score > bestScore) [best, bestScore] = [country, score];
  return best;
}
