import { type FigureInReading, type Pass, withFigures } from '../reading';

// "Russian attacks killed seven people and injured 41 others across Ukraine over the past day": a national
// round-up whose regional incidents the report goes on to give is their sum, not another incident.
const ROUND_UP = /\b(?:across (?:the country|[A-Z][\p{L}]+)|nationwide|countrywide|in total|over the past (?:day|24 hours))\b/iu;

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

/** A national round-up that the regional incidents after it add up to is their sum, not an incident of its own. */
export const roundUps: Pass = {
  name: 'round-ups',
  reads: 'a national round-up that the regional incidents after it add up to is their sum, not an incident',
  apply(reading) {
    const { figures } = reading;
    const roundUps = figures.filter((f, i) => {
      if (OVERALL_TOLL.test(f.clause) && isSumOfEarlier(f, figures.slice(0, i))) return true;
      if (f.kind !== 'incident' || !ROUND_UP.test(f.clause)) return false;
      // Militants killed by troops are not among the people "attacks killed".
      const later = figures
        .slice(i + 1)
        .filter((g) => g.kind === 'incident' && g.metric === f.metric && g.sentence !== f.sentence && g.victims !== 'militants');
      return later.length >= 2 && later.reduce((sum, g) => sum + g.value, 0) === f.value;
    });
    return withFigures(
      reading,
      figures.filter((f) => !roundUps.includes(f)),
      roundUps.map((figure) => ({ figure, why: 'a round-up of the incidents after it' })),
      'round-ups',
    );
  },
};
