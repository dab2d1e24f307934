import { regionAliases } from '@cw/places';
import type { CasualtyFigure } from './casualty-figure';

/**
 * Parts read in one sentence that add up to a figure already read for the same metric and day are its
 * breakdown, not new figures: "32 pro-government forces as well as 38 jihadists" under "killed 70 combatants"
 * (shared/seeds/000_5d8a1befe3af6c37.txt). Returns the figure they break down, or null.
 */
export function findBrokenDownFigure(parts: readonly CasualtyFigure[], earlier: readonly CasualtyFigure[]): CasualtyFigure | null {
  if (parts.length < 2) return null;
  const metric = parts[0].metric;
  if (parts.some((p) => p.metric !== metric)) return null;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const f = earlier[i];
    // "at least ten people, including three soldiers" then "Seven civilians and three soldiers were killed": the
    // new parts complete a breakdown begun with one of them.
    const values = parts.map((p) => p.value);
    if (f.metric !== metric || f.value !== sum || !f.breakdown.every((b) => values.includes(b.value))) continue;
    if (f.kind === 'incident' && parts[0].kind === 'incident' && f.date !== parts[0].date) continue;
    return f;
  }
  return null;
}

/** In one sentence, "70 combatants -- 32 soldiers and 38 jihadists": the first is the whole, the rest its parts. */
export function splitWholeAndParts(figures: readonly CasualtyFigure[]): { whole: CasualtyFigure; parts: CasualtyFigure[] } | null {
  if (figures.length < 3) return null;
  // "13 people dead — 9 civilians, 4 policemen — and 19 wounded": the parts run until another metric.
  const [whole, ...rest] = figures;
  const end = rest.findIndex((p) => p.metric !== whole.metric);
  const parts = end < 0 ? rest : rest.slice(0, end);
  if (parts.length < 2) return null;
  return parts.reduce((s, p) => s + p.value, 0) === whole.value ? { whole, parts } : null;
}

/** The same count told twice ("killed 12 ... the 12 dead were"), kept once. */
// "left more than 80 people dead over four days" (dated to the offensive's start), then "by Sunday more than 80 people
// are dead" (dated by the count): one count told twice, though one telling dates it by reference and the other by the
// day it stood at. Only a count of ten or more, within a week: small equal tolls on two told days are two incidents.
function sameCountOtherDay(e: CasualtyFigure, f: CasualtyFigure): boolean {
  if (f.value < 10 || !e.date || !f.date || (e.dateBasis === 'told' && f.dateBasis === 'told')) return false;
  return Math.abs(Date.parse(e.date) - Date.parse(f.date)) <= 7 * 86_400_000;
}

// "last month's raid in which 71 soldiers died", then "raided nearby Inates and killed 71 soldiers" a month before the
// report's attack: a count dated only by its month and the same count on a day of that month are one telling.
function sameCountInItsMonth(e: CasualtyFigure, f: CasualtyFigure): boolean {
  if (!e.date || !f.date || (e.dateBasis !== 'month' && f.dateBasis !== 'month')) return false;
  return e.date.slice(0, 7) === f.date.slice(0, 7);
}

// "Marib" in the headline and "Marib Governorate" in the lead are one place (eval/real24 Marib): the places lib's
// aliases drop the administrative word.
const sharesAPlace = (a: readonly string[], b: readonly string[]): boolean => {
  const keys = new Set(a.flatMap(regionAliases));
  return b.some((p) => regionAliases(p).some((k) => keys.has(k)));
};

export function findRestatement(f: CasualtyFigure, earlier: readonly CasualtyFigure[]): CasualtyFigure | null {
  return (
    earlier.find(
      (e) =>
        e.metric === f.metric &&
        e.value === f.value &&
        e.kind === f.kind &&
        (e.kind === 'cumulative' || e.date === f.date || sameCountOtherDay(e, f) || sameCountInItsMonth(e, f)) &&
        // "a woman was killed in Odesa ... one person died in Bakhmut": the same count in two places is two. But a count of
        // twenty or more told again with no day of its own is the same count, wherever each telling puts it ("at least
        // 110 civilians were killed" in Borno, then "slaughtered at least 110 farmers ... on Koshobe village").
        !(e.places.length && f.places.length && !sharesAPlace(e.places, f.places) && !(f.value >= 20 && f.dateBasis !== 'told')),
    ) ?? null
  );
}
