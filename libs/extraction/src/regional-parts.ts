import type { CasualtyFigure } from './casualty-figure';

// "Russian strikes killed five people in Kharkiv region on Wednesday ... a missile killed three in Kupiansk ... Two
// more people died in nearby villages": the later counts of the same day and country are the parts of the headline
// toll, not new incidents. So is a partial or earlier count of it ("38 bodies so far", "an initial toll of 23").

// "In a separate attack", "elsewhere", "another strike": a count the report itself sets apart.
const SET_APART = /\b(?:separate(?:ly)?|elsewhere|another|meanwhile|earlier|later)\b(?!\s+(?:died|succumbed))/i;

const GENERIC = new Set(['people', 'unspecified']);
const UNNAMED = new Set(['people', 'persons', 'unspecified']);

/**
 * Removes the later incident figures that stay within the headline figure of the same metric, group, day and
 * country (`read`: every figure read, `figures`: those kept). When two or more parts add up to the headline exactly, they become its breakdown (if it has none).
 */
export function foldPartsIntoHeadlines(
  read: readonly CasualtyFigure[],
  figures: CasualtyFigure[],
  told: { clauseOf: (f: CasualtyFigure) => string; groupOf: (f: CasualtyFigure) => string },
): CasualtyFigure[] {
  const folded = new Set<CasualtyFigure>();
  for (const headline of figures) {
    // The headline is the report's first incident count of its metric (not one a national round-up hid).
    if (headline.kind !== 'incident' || read.find((f) => f.kind === 'incident' && f.metric === headline.metric) !== headline) continue;
    const parts: CasualtyFigure[] = [];
    let room = headline.value;
    for (const g of figures.slice(figures.indexOf(headline) + 1)) {
      if (folded.has(g) || !isPartOf(g, headline, told.groupOf(g)) || g.value > room || SET_APART.test(told.clauseOf(g))) continue;
      parts.push(g);
      room -= g.value;
    }
    for (const p of parts) folded.add(p);
    if (parts.length >= 2 && room === 0 && !headline.breakdown.length)
      headline.breakdown.push(...parts.map((p) => ({ group: p.places[0] ?? p.victims, value: p.value })));
  }
  return figures.filter((f) => !folded.has(f));
}

function isPartOf(g: CasualtyFigure, headline: CasualtyFigure, group: string): boolean {
  return (
    g.kind === 'incident' &&
    g.metric === headline.metric &&
    g.sentence !== headline.sentence &&
    g.date === headline.date &&
    g.country === headline.country &&
    // "an Israeli soldier was killed" after "killed 12 people" in a raid: a group of its own is told apart.
    // "18 bodies", "two more people" name no group and fit any headline; "two guards" under "nine traders" do not.
    (g.victims === headline.victims || UNNAMED.has(group) || (GENERIC.has(g.victims) && GENERIC.has(headline.victims))) &&
    // "In Kherson Oblast, shelling killed three" after "killing four" in Kharkiv: another place, another incident.
    // A headline that names no place cannot be shown to hold a part that names one.
    !(g.places.length && !g.places.some((p) => headline.places.includes(p)))
  );
}
