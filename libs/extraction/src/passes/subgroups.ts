import { Gazetteer } from '@cw/places';
import { type FigureInReading, type Pass, revise, withFigures } from '../reading';

/**
 * "including 12 children", "Sixteen of the dead were government soldiers", "among them five women": a part of
 * the figure just told, never a figure of its own. It joins the breakdown of the nearest earlier figure of
 * its metric (this sentence's first, latest first), or of the figure just before it when the metric is open.
 * It runs once the parts and retellings of earlier sentences are folded, so the whole is a figure that stays.
 * Foreigners among the dead or hurt of an attack, told in a sentence of their own after its toll ("three Chinese
 * nationals had died"), are such a part too.
 */
export const subgroups: Pass = {
  name: 'subgroups',
  reads: '"including 12 children", "of whom", "among the dead were" are parts of the figure just told',
  apply(reading) {
    const kept: FigureInReading[] = [];
    const dropped: { figure: FigureInReading; why: string }[] = [];
    for (const f of reading.figures) {
      if (!f.subgroupOf) {
        kept.push(f);
        continue;
      }
      let i = kept.length - 1;
      // A part is never more than its whole: "at least 13 children ... no fewer than fifteen of the victims" is a part of
      // the 30 told before them, not of the 13 (eval/real24 Raqqa).
      while (i >= 0 && (!(f.subgroupOf === 'any' || kept[i].metric === f.subgroupOf) || (kept[i].value < f.value && !kept[i].vague))) i--;
      const largerAfter = reading.figures.some((g) => g.at >= f.at && !g.subgroupOf && g.metric === f.metric && g.value > f.value);
      // "At least 17 injured persons are receiving treatment", and no other count of the wounded: that is the count,
      // even beside a count of the dead ("21 bodies had been brought in and seven people were being treated").
      // "About 123 people hurt ... are still being treated. In all, nearly 200 people were wounded": a part of the
      // larger count told after it.
      if (i < 0 && f.subgroupOf === f.metric && f.metric === 'injured' && !largerAfter) {
        kept.push(revise(f, { subgroupOf: null }, 'the wounded still treated, and no other count of the wounded'));
        continue;
      }
      if (i < 0 && kept.length && kept[kept.length - 1].at === f.at) i = kept.length - 1;
      // A part the breakdown already names ("at least ten, including three soldiers ... seven civilians and three
      // soldiers") is not named twice.
      if (i >= 0 && !kept[i].breakdown.some((b) => b.value === f.value && b.group === f.group)) {
        const whole = kept[i];
        kept[i] = revise(whole, { breakdown: [...whole.breakdown, { group: f.group, value: f.value }] });
      }
      dropped.push({ figure: f, why: `a part of ${i >= 0 ? kept[i].value : 'no figure'}` });
    }
    // "three Chinese nationals had died in the explosion" after "at least 18 dead" in Bangkok: the foreigners among the
    // dead of an attack are a part of its toll, told in a sentence of their own (stories Y, Bangkok).
    const foreignParts = kept.filter((f, i) => kept.slice(0, i).some((whole) => isForeignPartOf(f, whole)));
    for (const f of foreignParts) dropped.push({ figure: f, why: 'foreigners among the dead or hurt of a toll already told' });
    return withFigures(
      reading,
      kept.filter((f) => !foreignParts.includes(f)),
      dropped,
      'subgroups',
    );
  },
};

const FOREIGN_PEOPLE = /\b(?:foreigners|foreign (?:nationals|tourists|visitors|workers|citizens)|tourists|expatriates|expats)\b/i;
const NATIONALS = /^(?:[\w-]+\s+)?(\p{Lu}[\p{L}]+?)(?:\s+(?:nationals|citizens|tourists|visitors))?$/u;

/**
 * "three Chinese nationals", "two Malaysians", "foreign tourists" in a report on Thailand: people of another country,
 * neither soldiers nor fighters of a side ("an Israeli soldier" in the West Bank is the other side's, no foreigner).
 */
function namesForeigners(f: FigureInReading): boolean {
  if (FOREIGN_PEOPLE.test(f.group)) return true;
  const word = f.victims === 'people' || f.victims === 'civilians' ? f.group.match(NATIONALS)?.[1] : undefined;
  if (!word || !f.country) return false;
  const demonyms = [...Gazetteer.shared().lookup(word), ...Gazetteer.shared().lookup(word.replace(/s$/, ''))].filter((p) => p.kind === 'demonym');
  return demonyms.length > 0 && demonyms.every((p) => p.country !== f.country);
}

const isForeignPartOf = (f: FigureInReading, whole: FigureInReading): boolean =>
  f.kind === 'incident' &&
  whole.kind === 'incident' &&
  whole.metric === f.metric &&
  whole.country === f.country &&
  whole.date === f.date &&
  whole.value > f.value &&
  !whole.vague &&
  // "14 Taliban fighters and six foreigners": foreigners counted beside a side's fighters fought with them.
  !f.coordinated &&
  namesForeigners(f) &&
  !namesForeigners(whole);
