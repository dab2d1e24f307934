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
function sameCount(f: CasualtyFigure, earlier: readonly CasualtyFigure[], sentenceOf: Map<CasualtyFigure, number>, at: number) {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (at - (sentenceOf.get(e) ?? -99) > 3) return null;
    if (e.kind === 'incident' && f.kind === 'incident' && e.metric === f.metric && SIDES(e.victims) === SIDES(f.victims)) return e;
  }
  return null;
}

/**
 * Folds `f` into the figure it retells and returns true, or returns false when `f` is a count of its own. An update
 * ("later put the toll at 28") replaces the earlier value; a higher rival claim is dropped for the conservative one.
 */
export function foldRetoldToll(
  f: CasualtyFigure,
  clause: string,
  earlier: readonly CasualtyFigure[],
  sentenceOf: Map<CasualtyFigure, number>,
  at: number,
): boolean {
  const update = LATER_TOLL.test(clause);
  if (!update && !RIVAL_CLAIM.test(clause)) return false;
  const told = sameCount(f, earlier, sentenceOf, at);
  if (!told || told.sentence === f.sentence || told.date !== f.date) return false;
  if (told.places.length && f.places.length && !f.places.some((p) => told.places.includes(p))) return false;
  if (update) {
    if (f.value <= told.value) return false;
    told.value = f.value;
    told.qualifier = f.qualifier;
    told.vague = f.vague;
    told.source = f.source ?? told.source;
    return true;
  }
  return f.value > told.value;
}
