import { findRestatement } from '../breakdowns';
import { type FigureInReading, isSubgroup, type Pass, revise, withFigures } from '../reading';

/**
 * The same count told twice is one figure: "killed 12 ... the 12 dead were"; the second telling may add the
 * source the first lacked. The same count in two places is two ("a woman was killed in Odesa ... one person
 * died in Bakhmut").
 */
// "to honour the 92 dead", "after the three militants had been killed": a count named with "the" points back to one
// already told, whatever day its own sentence would give it; so does "confirmed the toll of 31 dead" (eval/real29 Ghana).
const DEFINITE = /\bthe\s+(?:(?:death|casualty)\s+)?(?:(?:toll|tally|count|figure)\s+of\s+)?$/i;

function definiteRetelling(f: FigureInReading, text: string, kept: readonly FigureInReading[]): FigureInReading | null {
  if (!DEFINITE.test(text.slice(Math.max(0, f.span.start - 30), f.span.start))) return null;
  return kept.find((e) => !isSubgroup(e) && e.at < f.at && e.metric === f.metric && e.value === f.value && e.kind === f.kind) ?? null;
}

// "That brought the total number of deaths in south Lebanon to 200, by AFP's tally" after "the number killed since the
// war began rose to 200": a total that repeats a tally already told is that tally, not a new incident.
const TOTAL_WORDS = /\b(?:total|tally|overall|in all|altogether|cumulative)\b/i;

// "Russian cluster bombs killed no fewer than 12 civilians during last August's war ... cluster weapons killed at least 12
// people": the same count told again with no day of its own is the tally already told, not an incident of the report's day.
function tallyRetold(f: FigureInReading, kept: readonly FigureInReading[]): FigureInReading | null {
  if (f.kind !== 'incident' || !(TOTAL_WORDS.test(f.clause) || (f.dateBasis === 'publication' && !f.breakdown.length))) return null;
  return kept.find((e) => !isSubgroup(e) && e.kind === 'cumulative' && e.metric === f.metric && e.value === f.value) ?? null;
}

export const restatements: Pass = {
  name: 'restatements',
  reads: 'the same count of the same day and place told twice is one figure',
  apply(reading) {
    const kept: FigureInReading[] = [];
    const dropped: { figure: FigureInReading; why: string }[] = [];
    // "one of the men who killed the seven children and wounded more than 13 others": counts told beside a known toll
    // pointed back to ("the seven children") are of its incident, not of the day the report came out.
    const pointedBack = new Map<string, FigureInReading>();
    for (const original of reading.figures) {
      const known = pointedBack.get(`${original.at}\u0001${original.clause}`);
      const f =
        known && original.kind === 'incident' && original.metric !== known.metric && original.dateBasis === 'publication' && !isSubgroup(original)
          ? revise(
              original,
              { date: known.date, dateBasis: 'referenced', places: original.places.length ? original.places : [...known.places] },
              `told beside the ${known.value} it points back to`,
            )
          : original;
      const restated = isSubgroup(f)
        ? null
        : findRestatement(
            f,
            kept.filter((e) => !isSubgroup(e)),
          );
      const definite = isSubgroup(f) || restated ? null : definiteRetelling(f, reading.text, kept);
      const told = restated ?? definite;
      if (definite && definite.kind === 'incident' && definite.date !== f.date) pointedBack.set(`${f.at}\u0001${f.clause}`, definite);
      if (!told) {
        const tally = isSubgroup(f) ? null : tallyRetold(f, kept);
        if (tally) dropped.push({ figure: f, why: `${f.value}: the tally told again as a total` });
        else kept.push(f);
        continue;
      }
      const i = kept.indexOf(told as FigureInReading);
      // The telling with parts keeps them: "the 70 ... 32 soldiers and 38 jihadists" may come second.
      const breakdown = kept[i].breakdown.length ? kept[i].breakdown : f.breakdown;
      // A day told outright beats one taken by reference or from the publication.
      const day = kept[i].dateBasis !== 'told' && f.dateBasis === 'told' ? { date: f.date, dateBasis: f.dateBasis } : {};
      kept[i] = revise(kept[i], { source: kept[i].source ?? f.source, breakdown, ...day });
      dropped.push({ figure: f, why: `${f.value} told again` });
    }
    return withFigures(reading, kept, dropped, 'restatements');
  },
};
