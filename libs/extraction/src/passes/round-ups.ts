import { type FigureInReading, type Pass, withFigures } from '../reading';

// "Russian attacks killed seven people and injured 41 others across Ukraine over the past day": a national
// round-up whose regional incidents the report goes on to give is their sum, not another incident.
// "At Least 30 Dead in Attacks Around Afghanistan", "attacks around the country which together killed more than 30".
const NATIONAL_ROUND_UP =
  /\b(?:(?:across|around) (?:the country|[A-Z][\p{L}]+)|nationwide|countrywide|in total|together|over the past (?:day|24 hours))\b/iu;
// "No fewer than 88 people have died in two separate bombings in Pakistan": a count over several attacks told apart.
const SEPARATE_EVENTS =
  /\bin (?:two|three|four|five|several|\d+) (?:separate|different|distinct) (?:[\w-]+\s+)?(?:attacks|bombings|blasts|explosions|incidents|assaults|raids|strikes)\b/i;

/** Whether counts were told in places of their own, none shared. */
function apart(parts: readonly FigureInReading[]): boolean {
  const seen = new Set<string>();
  for (const g of parts) {
    if (g.places.length === 0 || g.places.some((p) => seen.has(p))) return false;
    for (const p of g.places) seen.add(p);
  }
  return true;
}

// "which pushed the overall death toll for the day to at least 16", "bringing the combined toll to 16": the sum of the
// incidents told before it.
const OVERALL_TOLL = /\b(?:overall|combined|total)\s+(?:[\w-]+\s+){0,2}?(?:toll|tally|number)\b/i;

/** Whether a count is the sum of two or more incidents of its metric told before it (9 at a market and 7 elsewhere). */
function isSumOfEarlier(f: FigureInReading, earlier: readonly FigureInReading[]): boolean {
  const parts = earlier.filter((g) => g.kind === 'incident' && g.metric === f.metric && g.subgroupOf === null);
  for (let start = 0; start < parts.length; start++)
    for (let end = start + 2; end <= parts.length; end++) if (parts.slice(start, end).reduce((sum, g) => sum + g.value, 0) === f.value) return true;
  return false;
}

// "more than 30" over parts that add up to 32: a bound the parts meet, within a fifth of it.
const reaches = (f: FigureInReading, sum: number): boolean =>
  sum === f.value || ((f.qualifier === 'more_than' || f.qualifier === 'at_least') && sum > f.value && sum <= f.value * 1.2);

/**
 * A national round-up that the regional incidents after it add up to, or a count over separate attacks that attacks in
 * places of their own add up to, is their sum, not an incident of its own.
 */
export const roundUps: Pass = {
  name: 'round-ups',
  reads: 'a national round-up, or a count over separate attacks, that the incidents after it add up to is their sum, not an incident',
  apply(reading) {
    const { figures } = reading;
    const roundUps = figures.filter((f, i) => {
      if (OVERALL_TOLL.test(f.clause) && isSumOfEarlier(f, figures.slice(0, i))) return true;
      if (f.kind !== 'incident') return false;
      // "88 killed in bomb attacks on political rallies" over "88 people have died in two separate bombings": the
      // headline stands for the lead it restated.
      const restated = reading.dropped.filter((d) => d.by === 'restatements' && d.figure.metric === f.metric && d.figure.value === f.value);
      const tellings = [f, ...restated.map((d) => d.figure)];
      const national = tellings.some((g) => NATIONAL_ROUND_UP.test(g.clause));
      if (!national && !tellings.some((g) => SEPARATE_EVENTS.test(g.clause))) return false;
      // Militants killed by troops are not among the people "attacks killed".
      const later = figures
        .slice(i + 1)
        .filter((g) => g.kind === 'incident' && g.metric === f.metric && g.sentence !== f.sentence && g.victims !== 'militants');
      // The incidents it sums come first; the report may go on to others ("an attack in Peshawar on Tuesday killed 20").
      // Over "two separate bombings", the parts are separate only in places of their own (Dringarh, Bannu); parts of one
      // place may be one attack's victims told group by group.
      let sum = 0;
      return later.some((g, n) => reaches(f, (sum += g.value)) && n >= 1 && (national || apart(later.slice(0, n + 1))));
    });
    return withFigures(
      reading,
      figures.filter((f) => !roundUps.includes(f)),
      roundUps.map((figure) => ({ figure, why: 'a round-up of the incidents after it' })),
      'round-ups',
    );
  },
};
