import { findBrokenDownFigure, splitWholeAndParts } from '../breakdowns';
import { bySentence, type FigureInReading, isSubgroup, type Pass, revise, withFigures } from '../reading';

// "49 civilians and 15 soldiers were killed in two separate attacks" stay two figures.
const SEPARATE = /\bseparate\b|\b(?:two|three|four|several) (?:\w+ )?(?:attacks|incidents|strikes|raids|ambushes)\b/i;

/**
 * Parts are never added to their whole: "70 combatants -- 32 soldiers and 38 jihadists" in one sentence is 70
 * with a breakdown; "32 pro-government forces as well as 38 jihadists" told after "killed 70 combatants" breaks
 * that 70 down (shared/seeds/000); "22 soldiers and 25 civilians have been killed", parts with no total, are one
 * figure of their sum (47) with the parts as its breakdown.
 */
export const breakdowns: Pass = {
  name: 'breakdowns',
  reads: 'parts that add up to a figure are its breakdown; coordinated parts with no total are one figure of their sum',
  apply(reading) {
    const kept: FigureInReading[] = [];
    const dropped: { figure: FigureInReading; why: string }[] = [];
    for (const all of bySentence(reading.figures)) {
      const waiting = all.filter(isSubgroup);
      let fresh = all.filter((f) => !isSubgroup(f));
      if (!fresh.length) {
        kept.push(...waiting);
        continue;
      }
      const split = splitWholeAndParts(fresh);
      if (split) {
        const whole = fresh[0];
        const parts = fresh.slice(1, 1 + split.parts.length);
        fresh = [
          revise(whole, { breakdown: [...whole.breakdown, ...parts.map(partOf)] }, 'its parts follow it in the sentence'),
          ...fresh.slice(1 + split.parts.length),
        ];
        dropped.push(...parts.map((figure) => ({ figure, why: `a part of ${whole.value}` })));
      }
      const brokenDown = findBrokenDownFigure(
        fresh,
        kept.filter((f) => !isSubgroup(f)),
      );
      if (brokenDown) {
        const i = kept.indexOf(brokenDown as FigureInReading);
        const places = [...brokenDown.places, ...fresh[0].places.filter((p) => !brokenDown.places.includes(p))];
        kept[i] = revise(
          kept[i],
          { breakdown: fresh.map(partOf), places, source: brokenDown.source ?? fresh[0].source },
          'broken down by a later sentence',
        );
        dropped.push(...fresh.map((figure) => ({ figure, why: `a part of ${brokenDown.value} told before` })));
        kept.push(...waiting);
        continue;
      }
      const sum = sumOfParts(fresh);
      if (sum) {
        dropped.push(...fresh.slice(1).map((figure) => ({ figure, why: 'a part of the sum of its sentence' })));
        fresh = [sum];
      }
      // The parts still to be attached keep their place in the text: "killed 16, including 4 children, and wounded 40".
      kept.push(...[...fresh, ...waiting].sort((a, b) => a.span.start - b.span.start));
    }
    return withFigures(reading, kept, dropped, 'breakdowns');
  },
};

const partOf = (f: FigureInReading) => ({ group: f.group, value: f.value });

// The sides of a fight: attackers and militants killed are counted apart from those they attacked (the fifth blind
// writer's "attackers killed are a separate figure"; eval/real1: "one civilian and 32 militants were killed").
const sideOf = (f: FigureInReading) => (f.victims === 'militants' ? 'militants' : 'others');

function sumOfParts(fresh: FigureInReading[]): FigureInReading | null {
  if (fresh.length < 2 || !fresh.every((f) => f.coordinated) || SEPARATE.test(fresh[0].sentence)) return null;
  const [a] = fresh;
  const last = fresh[fresh.length - 1];
  if (fresh.some((f) => f.metric !== a.metric || f.kind !== a.kind || f.date !== a.date || sideOf(f) !== sideOf(a))) return null;
  if (new Set(fresh.map((f) => f.victims)).size === 1) return null;
  return revise(
    a,
    {
      value: fresh.reduce((sum, f) => sum + f.value, 0),
      victims: sideOf(a) === 'militants' ? 'militants' : 'people',
      group: 'people',
      breakdown: fresh.map(partOf),
      span: { start: a.span.start, end: last.span.end },
    },
    'coordinated parts with no total: their sum',
  );
}
