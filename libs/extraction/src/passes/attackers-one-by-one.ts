import { countAttackersOneByOne } from '../attackers-one-by-one';
import { bySentence, type FigureInReading, isSubgroup, type Pass, type Reading, withFigures } from '../reading';

/**
 * "Five fighters took part in the assault. One blew himself up at the gate, three were shot dead": bare counts
 * with no noun of their own, all the dead of one sentence, point back to the attackers just named; together
 * they are one figure of militants killed (4), not unnamed people.
 */
export const attackersOneByOne: Pass = {
  name: 'attackers-one-by-one',
  reads: 'bare counts of the dead right after attackers are named are one militants figure of their sum',
  apply(reading) {
    const out: FigureInReading[] = [];
    const dropped: { figure: FigureInReading; why: string }[] = [];
    for (const all of bySentence(reading.figures)) {
      const fresh = all.filter((f) => !isSubgroup(f));
      const attackers = fresh.length ? attackersOf(reading, fresh) : null;
      if (!attackers) {
        out.push(...all);
        continue;
      }
      out.push(attackers, ...all.filter(isSubgroup));
      dropped.push(...fresh.slice(1).map((figure) => ({ figure, why: 'one of the attackers counted one by one' })));
    }
    return withFigures(reading, out, dropped, 'attackers-one-by-one');
  },
};

function attackersOf(reading: Reading, fresh: FigureInReading[]): FigureInReading | null {
  const sentence = reading.sentences[fresh[0].at];
  const before = `${reading.sentences[sentence.index - 1]?.text ?? ''} ${sentence.text.slice(0, fresh[0].span.start - sentence.start)}`;
  const attackers = countAttackersOneByOne(fresh, before, sentence.start, (f) => (f as FigureInReading).group);
  return attackers ? { ...fresh[0], ...attackers, group: 'militants', reasons: [...fresh[0].reasons, 'attackers counted one by one'] } : null;
}
