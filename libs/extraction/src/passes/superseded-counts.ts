import { type FigureInReading, isSubgroup, type Pass, withFigures } from '../reading';

const COUNTED_BEFORE = /\bhad\s+(?:\w+\s+)?(?:counted|recorded|registered|tallied)\b/i;
const ALREADY_TOLD = /^(?:[^,]*\s)?the (?:strike|attack|blast|bombing|raid|shelling|explosion|ambush)\s+(?:also\s+)?(?:killed|wounded|injured)\b/i;

/**
 * A count the report itself has moved past is no figure, and gives no day to what follows: "On Monday evening we
 * had counted 29 dead. Today we are at 41" (after an update to 41), and one named victim of a strike already
 * counted ("The army said the strike killed a senior commander").
 */
export const supersededCounts: Pass = {
  name: 'superseded-counts',
  reads: 'a count the report has moved past ("we had counted 29") and one named victim of a strike already counted are no figures',
  apply(reading) {
    const kept: FigureInReading[] = [];
    const dropped: { figure: FigureInReading; why: string }[] = [];
    for (const f of reading.figures) {
      const earlier = kept.filter((e) => e.at < f.at && !isSubgroup(e));
      if (COUNTED_BEFORE.test(f.clause) && earlier.some((e) => e.isUpdate && e.metric === f.metric && e.value > f.value)) {
        dropped.push({ figure: f, why: 'an earlier count the update replaces' });
      } else if (f.onePerson && ALREADY_TOLD.test(f.clause) && earlier.some((e) => e.kind === 'incident' && e.metric === f.metric && e.value > 1)) {
        dropped.push({ figure: f, why: 'one named victim of a strike already counted' });
      } else {
        kept.push(f);
      }
    }
    return withFigures(reading, kept, dropped, 'superseded-counts');
  },
};
