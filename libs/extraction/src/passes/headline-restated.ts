import { type FigureInReading, isSubgroup, type Pass, withFigures } from '../reading';

// A headline: the report's first line, with no full stop, before the body begins on a new line.
const HEADLINE_END = /[.!?"”]\s*$/;
const MAX_HEADLINE_WORDS = 25;

/**
 * A headline's count is the body's, told shorter: "Over 70 killed in terrorist attack" over "the authorities had
 * confirmed 73 deaths", "more than 100 people dead" over "killed at least 103". The headline count gives way to the
 * body's fuller telling (its source, its day, its exact value) when the two agree: a bound the body's count meets,
 * or a round figure within a fifth of it.
 */
export const headlineRestated: Pass = {
  name: 'headline-restated',
  reads: "a headline's count that the body tells more fully gives way to the body's",
  apply(reading) {
    const first = reading.sentences[0];
    if (!first || HEADLINE_END.test(first.text) || first.text.split(/\s+/).length > MAX_HEADLINE_WORDS) return reading;
    if (!/\n/.test(reading.text.slice(first.end, first.end + 3))) return reading;
    const told = reading.figures.filter((f) => f.at === 0 && !isSubgroup(f) && bodyTelling(f, reading.figures));
    return withFigures(
      reading,
      reading.figures.filter((f) => !told.includes(f)),
      told.map((figure) => ({ figure, why: 'a headline count the body tells more fully' })),
      'headline-restated',
    );
  },
};

function bodyTelling(h: FigureInReading, figures: readonly FigureInReading[]): FigureInReading | undefined {
  return figures.find((f) => f.at > 0 && !isSubgroup(f) && f.metric === h.metric && f.kind === h.kind && agrees(h, f.value));
}

function agrees(h: FigureInReading, value: number): boolean {
  // "Death toll rises to 290" over "Police said on Monday that the toll ... has climbed to 290": the body tells its day.
  if (h.qualifier === 'exact' && !h.vague && value === h.value) return true;
  if (h.qualifier === 'more_than' || h.qualifier === 'at_least') return value >= h.value && value <= h.value * 1.5;
  if (h.qualifier === 'about' || h.qualifier === 'nearly' || h.qualifier === 'up_to' || h.qualifier === 'some' || h.vague)
    return Math.abs(value - h.value) <= h.value * 0.2;
  return false;
}
