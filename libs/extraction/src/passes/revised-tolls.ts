import { type FigureInReading, type Pass, revise, withFigures } from '../reading';
import { findRetoldToll } from '../superseded-tolls';

/**
 * One count told by several voices is one figure (after ACLED): a later toll replaces the earlier one ("later put
 * the toll at 28"); a higher rival claim ("residents insisted more than 100 were slain") stays a figure of its own,
 * beside the conservative count that the incident's estimate keeps.
 */
export const revisedTolls: Pass = {
  name: 'revised-tolls',
  reads: 'a later toll replaces the earlier; a higher rival claim stays beside the conservative one',
  apply(reading) {
    const kept: FigureInReading[] = [];
    const dropped: { figure: FigureInReading; why: string }[] = [];
    for (const f of reading.figures) {
      const retold = findRetoldToll(f, f.clause, kept);
      if (!retold) {
        kept.push(f);
        continue;
      }
      if (retold.update) {
        const i = kept.indexOf(retold.figure);
        kept[i] = revise(
          kept[i],
          { value: f.value, qualifier: f.qualifier, vague: f.vague, source: f.source ?? kept[i].source },
          `updated to ${f.value} later in the report`,
        );
        dropped.push({ figure: f, why: `updates ${retold.figure.value}` });
      } else {
        // "Al Shabaab claimed the attack and said 20 people had died": the rival claim is a figure the report gives,
        // kept for the range; the ledger takes an article's first count of an incident as its estimate, never a rival.
        kept.push(revise(f, {}, `a higher rival claim on ${retold.figure.value}`));
      }
    }
    return withFigures(reading, kept, dropped, 'revised-tolls');
  },
};
