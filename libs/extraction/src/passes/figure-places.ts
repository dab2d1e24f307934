import { type FigureInReading, isSubgroup, type Pass, revise, withFigures } from '../reading';

/**
 * Where each figure happened: the towns and regions its sentence names, in the country they vote for, else
 * the report's country (figure-places.ts leaves out the dateline, landmarks, destinations and actors). A
 * count that continues the one before it, and names no place, is in that one's places.
 */
export const figurePlaces: Pass = {
  name: 'figure-places',
  reads: 'a figure happened in the places its sentence names (not the dateline, a landmark, a destination or an actor)',
  apply(reading) {
    const out: FigureInReading[] = [];
    for (const f of reading.figures) {
      const sentence = reading.sentences[f.at];
      const where = reading.places.placesIn(sentence.start, sentence.end);
      const previous = [...out].reverse().find((e) => e.at < f.at && !isSubgroup(e));
      const inherited = f.notes.continues && previous && !where.places.length && where.country === previous.country;
      out.push(
        revise(f, inherited ? { country: previous.country, places: [...previous.places] } : { country: where.country, places: [...where.places] }),
      );
    }
    return withFigures(reading, out);
  },
};
