import { type FigureInReading, isSubgroup, type Pass, type Reading, withFigures } from '../reading';

// A headline: the report's first line, with no full stop, before the body begins on a new line.
const HEADLINE_END = /[.!?"”]\s*$/;
const STANDFIRST_END = /[.!?"”…]\s*$/;
const MAX_HEADLINE_WORDS = 25;
const MAX_STANDFIRST_WORDS = 45;

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
    if (!startsWithHeadline(reading)) return reading;
    // "Gunmen raid village, killing over 30" whose body says "killed at least 30 villagers, police said" and later "more
    // than 40, the diocese said": the body's own 30 was already folded into the headline's (restatements), so the
    // headline stands for it and does not give way to the 40.
    // A page that prints its title twice ("Children among dozens killed ..." on two lines) has one headline.
    const headline = reading.sentences[0].text.trim();
    // A standfirst under the headline ("No fewer than 12 civilians are reported to have died and over 120 to have been
    // wounded", one line with no full stop) is told shorter too (eval/real25 Kursk).
    const standfirst = isStandfirst(reading);
    const isHeadline = (at: number) => at === 0 || (standfirst && at === 1) || reading.sentences[at].text.trim() === headline;
    const toldInBody = (h: FigureInReading) =>
      reading.dropped.some((d) => d.by === 'restatements' && !isHeadline(d.figure.at) && d.figure.metric === h.metric && d.figure.value === h.value);
    const told = reading.figures.filter((f) => {
      const body = isHeadline(f.at) && !isSubgroup(f) ? bodyTelling(f, reading.figures, isHeadline) : undefined;
      return body !== undefined && (body.value === f.value || !toldInBody(f));
    });
    return withFigures(
      reading,
      reading.figures.filter((f) => !told.includes(f)),
      told.map((figure) => ({ figure, why: 'a headline count the body tells more fully' })),
      'headline-restated',
    );
  },
};

/** Whether the report's first sentence is a headline: one line with no full stop, before the body begins on a new line. */
export function startsWithHeadline(reading: Pick<Reading, 'sentences' | 'text'>): boolean {
  return isTitleLine(reading, 0, MAX_HEADLINE_WORDS, HEADLINE_END);
}

// A standfirst also ends on no ellipsis, and a bullet ("- Not fewer than six killed") is one of a list of summary lines.
const isStandfirst = (reading: Pick<Reading, 'sentences' | 'text'>): boolean =>
  isTitleLine(reading, 1, MAX_STANDFIRST_WORDS, STANDFIRST_END) && !/^\s*[-•*]/.test(reading.sentences[1].text);

/** A short line with no full stop, the next line starting right after it. */
function isTitleLine(reading: Pick<Reading, 'sentences' | 'text'>, at: number, maxWords: number, end: RegExp): boolean {
  const line = reading.sentences[at];
  if (!line || end.test(line.text) || line.text.split(/\s+/).length > maxWords) return false;
  return /\n/.test(reading.text.slice(line.end, line.end + 3));
}

function bodyTelling(h: FigureInReading, figures: readonly FigureInReading[], isHeadline: (at: number) => boolean): FigureInReading | undefined {
  // "Fighting in Ethiopia's Amhara kills at least 183, UN says" over the lead's 183 "of the month-long conflict": the very
  // count, which the body tells as a tally, is that tally.
  return figures.find(
    (f) =>
      !isHeadline(f.at) &&
      !isSubgroup(f) &&
      f.metric === h.metric &&
      (f.kind === h.kind || (f.kind === 'cumulative' && f.since !== null && (f.value === h.value || h.qualifier !== 'exact'))) &&
      agrees(h, f.value),
  );
}

function agrees(h: FigureInReading, value: number): boolean {
  // "Death toll rises to 290" over "Police said on Monday that the toll ... has climbed to 290": the body tells its day.
  if (h.qualifier === 'exact' && !h.vague && value === h.value) return true;
  // "Israeli strike kills dozens in north Gaza town" over "killed at least 60 Palestinians": a vague count is met by any
  // number of its order.
  if (h.vague) return value >= h.value && value < h.value * 10;
  if (h.qualifier === 'more_than' || h.qualifier === 'at_least') return value >= h.value && value <= h.value * 1.5;
  if (h.qualifier === 'about' || h.qualifier === 'nearly' || h.qualifier === 'up_to' || h.qualifier === 'some')
    return Math.abs(value - h.value) <= h.value * 0.2;
  return false;
}
