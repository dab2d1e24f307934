import { clauseSpan, type FigureInReading, type Pass, type Reading, revise, withFigures } from '../reading';

// "In a separate attack", "elsewhere", "another strike", "In a similar incident", "In other places, four attacks": a
// count the report itself sets apart; "The ministry had said earlier that rescuers carried 323 bodies out" is when it was
// said, not another event.
const SET_APART =
  /\b(?:separate(?:ly)?|elsewhere|(?:in|at) other (?:places|areas|parts|locations|towns|districts)|other attacks|(?:(?:two|three|four|five|several) more|further) (?:attacks|bombings|blasts|explosions|strikes|raids)|another|a similar (?:incident|attack|blast|bombing|explosion|raid)|also (?:reported|said|says|told|claimed|put)|meanwhile|(?<!\b(?:said|says|reported|announced|told|stated)\s)earlier|later|last (?:week|month|year)|previously|days? before)\b(?!\s+(?:died|succumbed))/i;
const GENERIC = new Set(['people', 'unspecified']);
const UNNAMED = new Set(['people', 'persons', 'unspecified']);

/**
 * "Russian strikes killed five people in Kharkiv region on Wednesday ... a missile killed three in Kupiansk ...
 * Two more people died in nearby villages": later counts of the headline's day, country and metric that stay
 * within it are its parts, not new incidents (a breakdown when two or more add up to it exactly); so is a
 * partial or earlier count of it ("38 bodies so far"). Not when the report sets them apart ("separately",
 * "another"), names another group (soldiers under people) or a place the headline does not name. A headline that one
 * toll per country told after it adds up to ("the death toll ... climbed to 33", then Cambodia's 13 and Thailand's 20)
 * is dropped for them.
 */
export const headlineParts: Pass = {
  name: 'headline-parts',
  reads: "later counts of the headline's day, country and metric that stay within it are its parts",
  apply(reading) {
    const figures = [...reading.figures];
    const folded = new Set<FigureInReading>();
    const summed = new Set<FigureInReading>();
    // The headline is the report's first incident count of its metric; one a round-up stood in for has none.
    const firstRead = (metric: string) =>
      [...reading.figures, ...reading.dropped.filter((d) => d.by === 'round-ups').map((d) => d.figure)]
        .filter((f) => f.kind === 'incident' && f.metric === metric)
        .sort((a, b) => a.span.start - b.span.start)[0];
    for (let h = 0; h < figures.length; h++) {
      const headline = figures[h];
      // "Scores Dead as Clashes Flare Again": a vague headline count is no toll for the counts told after it to be parts of.
      if (headline.kind !== 'incident' || headline.vague || firstRead(headline.metric) !== headline) continue;
      const partsOf = (narrower: boolean) => {
        const found: FigureInReading[] = [];
        let left = headline.value;
        for (const g of figures.slice(h + 1)) {
          if (folded.has(g) || !isPartOf(g, headline, narrower) || g.value > left || SET_APART.test(g.clause) || pointsBackToSetApart(g, figures))
            continue;
          found.push(g);
          left -= g.value;
        }
        return { found, left };
      };
      // "bringing the toll to 333 ... 323 bodies ... another seven ... three children died overnight": a named group is a
      // part of a toll of people only when the parts add up to it.
      const strict = partsOf(false);
      const wider = strict.left === 0 ? null : partsOf(true);
      const { found: parts, left: room } = wider?.left === 0 ? wider : strict;
      // "the death toll from their bloodiest fighting in years climbed to 33 ... Cambodia ... 13 ... In Thailand ... 20": a
      // toll summed over the two countries at war is no incident of one country; the country tolls are the incidents.
      if (room !== 0 && !inOneCountry(reading, headline) && sumsCountryTolls(headline, figures.slice(h + 1), folded)) {
        summed.add(headline);
        continue;
      }
      // "Eight more were killed in a nearby village" after "killed 11 at a market": a count of more is a part only
      // when the parts add up to the headline ("five killed: three in Kupiansk, two more in nearby villages").
      const kept = room === 0 ? parts : parts.filter((p) => !isMore(p, reading.text));
      for (const p of kept) folded.add(p);
      if (parts.length >= 2 && room === 0 && !headline.breakdown.length)
        figures[h] = revise(
          headline,
          { breakdown: parts.map((p) => ({ group: p.places[0] ?? p.victims, value: p.value })) },
          'its parts told after it',
        );
    }
    return withFigures(
      reading,
      figures.filter((f) => !folded.has(f) && !summed.has(f)),
      [
        ...[...folded].map((figure) => ({ figure, why: 'a part of the headline toll' })),
        ...[...summed].map((figure) => ({ figure, why: 'a toll summed over the countries whose tolls the report tells' })),
      ],
      'headline-parts',
    );
  },
};

const isMore = (f: FigureInReading, text: string): boolean =>
  /^\s+more\b/i.test(text.slice(f.span.end, f.span.end + 8)) ||
  /\b(?:another|a further|an additional)\s+$/i.test(text.slice(Math.max(0, f.span.start - 20), f.span.start));

function isPartOf(g: FigureInReading, headline: FigureInReading, narrower = false): boolean {
  return (
    g.kind === 'incident' &&
    g.metric === headline.metric &&
    // "Police put the number of people taken at 45": a toll is the whole count told by another voice, never a part.
    !g.toll &&
    g.sentence !== headline.sentence &&
    g.date === headline.date &&
    g.country === headline.country &&
    // "an Israeli soldier was killed" after "killed 12 people" in a raid: a group of its own is told apart.
    // "three soldiers and three members of their families" names its groups, whatever word sums them.
    (g.victims === headline.victims ||
      (UNNAMED.has(g.group) && !g.breakdown.length) ||
      (GENERIC.has(g.victims) && GENERIC.has(headline.victims)) ||
      // A rival estimate ("nearly 300", the armed group's own count) is no part.
      (narrower && GENERIC.has(headline.victims) && (g.qualifier === 'exact' || g.qualifier === 'at_least'))) &&
    // "In Kherson Oblast, shelling killed three" after "killing four" in Kharkiv: another place, another incident.
    !(g.places.length && !g.places.some((p) => headline.places.includes(p))) &&
    // "He said 47 people were killed and 27 injured in the Yelwata attack": the whole attack's toll in another voice.
    !(WHOLE_ATTACK.test(g.clause) && !SHARE_OF.test(g.clause))
  );
}

// "11 of the people hurt in the Mogadishu attack were in a critical condition": a share of its count, still a part.
const SHARE_OF = /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the|those|them)\b/i;
const WHOLE_ATTACK = /\b(?:in|from|during|by)\s+the\s+(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:attacks?|massacre|bombing|raid|killings|ambush|assault)\b/u;

// "In a separate attack on Sunday, four people died ... Two more people were wounded in that blast": a count told of the
// attack the sentence before set apart is set apart with it.
const THAT_EVENT = /\b(?:that|the same)\s+(?:blast|attack|explosion|bombing|raid|strike|incident|ambush)\b/i;

function pointsBackToSetApart(g: FigureInReading, figures: readonly FigureInReading[]): boolean {
  return THAT_EVENT.test(g.clause) && figures.some((f) => f !== g && f.at < g.at && f.at >= g.at - 2 && SET_APART.test(f.clause));
}

/** Whether one toll per country, told after the headline, adds up to it exactly: the headline sums two countries' dead. */
function sumsCountryTolls(headline: FigureInReading, after: readonly FigureInReading[], folded: ReadonlySet<FigureInReading>): boolean {
  const byCountry = new Map<string, FigureInReading>();
  let left = headline.value;
  for (const g of after) {
    if (
      folded.has(g) ||
      g.kind !== 'incident' ||
      g.metric !== headline.metric ||
      g.vague ||
      g.subgroupOf ||
      !g.country ||
      byCountry.has(g.country) ||
      g.value > left ||
      SET_APART.test(g.clause)
    )
      continue;
    byCountry.set(g.country, g);
    left -= g.value;
  }
  return left === 0 && byCountry.size >= 2;
}

/**
 * Whether the clause a figure was read in places it in one country: a town or region, or one country by name ("in
 * Ukraine's Kharkiv region"). "Thailand and Cambodia fought ... the death toll rose to 33" names two.
 */
function inOneCountry(reading: Reading, f: FigureInReading): boolean {
  const { start, end } = clauseSpan(reading, f);
  return reading.places.placesIn(start, end).places.length > 0 || reading.places.countriesNamed(start, end).size === 1;
}
