import { leadTellsACourtCase } from '../past-events';
import { type FigureInReading, isSubgroup, type Pass, withFigures } from '../reading';
import { publicationDay, shiftDays } from '../report-dates';

// The headline and the first sentences: where a report says what it is about.
const LEAD_SENTENCES = 3;
// A count dated within this many days of publication is news even in a court report (a clash outside the court).
const NEWS_DAYS = 7;

/**
 * A report on a trial recalls the killings before the court: "Kenyan court convicts two over 2013 Westgate Mall attack"
 * tells of "at least 67 people" killed on "a Saturday in September 2013", and "Iraq to hang 14 over ISIS massacre" of
 * the 1,700 men the group said it had killed (issue 12: a court ruling that recalls old killings is no conflict
 * figure). Its incident counts are dropped unless told with a day of the week before publication; the tallies it
 * gives ("up to 40,000 killed under the regime") stay tallies, beside the totals.
 */
export const courtCases: Pass = {
  name: 'court-cases',
  reads: "a report on a trial recalls the killings before the court: its incident counts are no news, unless told with this week's day",
  apply(reading) {
    if (!leadTellsACourtCase(reading.sentences.slice(0, LEAD_SENTENCES).map((s) => s.text))) return reading;
    const weekAgo = shiftDays(publicationDay(reading.publishedAt), -NEWS_DAYS);
    const recalled = (f: FigureInReading) =>
      f.kind === 'incident' && !isSubgroup(f) && (f.dateBasis === 'publication' || f.date === null || f.date < weekAgo);
    return withFigures(
      reading,
      reading.figures.filter((f) => !recalled(f)),
      reading.figures.filter(recalled).map((figure) => ({ figure, why: 'killings recalled in a report on a court case' })),
      'court-cases',
    );
  },
};
