import { isPastEventToll } from '../past-events';
import { type Pass, withFigures } from '../reading';

/**
 * Tolls of wars that have ended, of the event that began a war, and of incidents of other years are
 * background, not news: "The 2006 war between Israel and Hezbollah killed about 1,200 people", "In September
 * 2022, a suicide bomber killed 53 people". A tally still counting ("has killed more than 5,000") stays.
 */
export const recalledPastEvents: Pass = {
  name: 'recalled-past-events',
  reads: 'tolls of ended wars, of the attack a war began with, and of other years are background',
  apply(reading) {
    const past = reading.figures.filter((f) => isPastEventToll(f.clause, reading.publishedAt));
    return withFigures(
      reading,
      reading.figures.filter((f) => !past.includes(f)),
      past.map((figure) => ({ figure, why: 'a toll of an ended war or of another year' })),
      'recalled-past-events',
    );
  },
};
