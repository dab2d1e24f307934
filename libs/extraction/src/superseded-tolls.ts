import type { CasualtyFigure } from './casualty-figure';

// One count told by several voices is one figure (blind3 writer, after ACLED): the final value of an updated toll,
// the more conservative value of a disputed one. These read the clause a figure comes from and say which it is.

// "later put the toll at 28 dead", "has since raised the toll to 40", "the toll later rose to 12": a newer value of
// a count the report has already given.
const LATER_TOLL =
  /\b(?:later|since|subsequently|then|now)\s+(?:put|raised|revised|updated|gave|set|increased)\b|\btoll\s+(?:later\s+|has\s+since\s+|then\s+)?(?:rose|climbed|jumped|reached)\b/i;
// "residents, however, insisted that more than 100 were slain", "the group claimed its fighters had killed 47":
// a rival voice on a count already given.
const RIVAL_CLAIM = /\b(?:claimed|claims|insisted|maintained|alleged|contended|disputed|countered)\b|\bhowever\b/i;

const SIDES = (v: string) => (v === 'militants' ? 'militants' : 'others');

/**
 * The figure already read that a newer or rival telling of the same count would replace: same metric, an incident,
 * told within the last three sentences, about the same side (an army's count of militants killed is its own figure).
 */
function sameCount<F extends CasualtyFigure & { at: number }>(f: F, earlier: readonly F[]): F | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (f.at - e.at > 3) return null;
    if (e.kind === 'incident' && f.kind === 'incident' && e.metric === f.metric && SIDES(e.victims) === SIDES(f.victims)) return e;
  }
  return null;
}

/** What a retelling of a count already read does to it: replaces its value (an update), or nothing (a higher rival claim). */
export type Retelling<F> = { figure: F; update: boolean } | null;

/**
 * The figure `f` retells, if it is one: an update ("later put the toll at 28") replaces the earlier value; a
 * higher rival claim is dropped for the conservative one. Null when `f` is a count of its own.
 */
export function findRetoldToll<F extends CasualtyFigure & { at: number }>(f: F, clause: string, earlier: readonly F[]): Retelling<F> {
  const update = LATER_TOLL.test(clause);
  if (!update && !RIVAL_CLAIM.test(clause)) return null;
  const told = sameCount(f, earlier);
  if (!told || told.sentence === f.sentence || told.date !== f.date) return null;
  if (told.places.length && f.places.length && !f.places.some((p) => told.places.includes(p))) return null;
  if (update) return f.value > told.value ? { figure: told, update: true } : null;
  return f.value > told.value ? { figure: told, update: false } : null;
}
