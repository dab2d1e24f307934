import { isEndedWarToll, isPastEventToll, isRecalledInCourt, tellsOneEvent } from '../past-events';
import { type Pass, withFigures } from '../reading';

/**
 * Tolls of wars that have ended and of the event that began a war are background, not news: "The 2006 war
 * between Israel and Hezbollah killed about 1,200 people", "Israel launched the war after the attack in which
 * 1,139 people were killed". An earlier incident the report recalls with its date is an incident of that date
 * ("In September 2022, a suicide bomber killed 53 people": shared/eval/CONVENTIONS.md counts it); a past
 * period's count with no one attack told is background too. A tally still counting stays.
 */
export const recalledPastEvents: Pass = {
  name: 'recalled-past-events',
  reads: 'tolls of ended wars and of the attack a war began with are background; a recalled attack is an incident of its own date',
  apply(reading) {
    const { publishedAt } = reading;
    const past = reading.figures.filter(
      (f) =>
        isEndedWarToll(f.clause, publishedAt) ||
        isRecalledInCourt(f.clause) ||
        (isPastEventToll(f.clause, publishedAt) && !tellsOneEvent(f.clause)) ||
        // "An elderly man ... fled the village": one person's flight is a story, not a count of the displaced.
        (f.metric === 'displaced' && f.onePerson),
    );
    return withFigures(
      reading,
      reading.figures.filter((f) => !past.includes(f)),
      past.map((figure) => ({ figure, why: 'background: an ended war, a past period, a court, or one person fleeing' })),
      'recalled-past-events',
    );
  },
};
