import { type Pass, withFigures } from '../reading';

// "Russian attacks killed seven people and injured 41 others across Ukraine over the past day": a national
// round-up whose regional incidents the report goes on to give is their sum, not another incident.
const ROUND_UP = /\b(?:across (?:the country|[A-Z][\p{L}]+)|nationwide|countrywide|in total|over the past (?:day|24 hours))\b/iu;

/** A national round-up that the regional incidents after it add up to is their sum, not an incident of its own. */
export const roundUps: Pass = {
  name: 'round-ups',
  reads: 'a national round-up that the regional incidents after it add up to is their sum, not an incident',
  apply(reading) {
    const { figures } = reading;
    const roundUps = figures.filter((f, i) => {
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
