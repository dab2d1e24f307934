import type { CasualtyFigure } from '@cw/extraction';
import { daysApart } from './calendar-day';

// A roll-up has at most a handful of parts; the subset search stays tiny.
const MAX_PARTS = 6;

/**
 * "Ten people were killed in two separate attacks ... killing four ... gunmen killed six": the ten is the
 * sum of two incidents the same article reports, not a third incident nor an update of either. A figure
 * equal to the sum of two or more other incident figures of its article (same country and metric) is set
 * aside, so each part counts once and the sum never counts. Parts already listed in its own breakdown
 * ("70 combatants: 32 pro-government forces and 38 jihadists") make it a whole with subgroups instead. The parts
 * are returned too: each is an incident of its own, never merged with another part of the same sum.
 */
export function setAsideRollUps(figures: CasualtyFigure[]): { toPlace: CasualtyFigure[]; rollUps: CasualtyFigure[]; parts: Set<CasualtyFigure> } {
  const parts = new Set<CasualtyFigure>();
  const rollUps = figures.filter((figure) => {
    const summands = partsOf(figure, figures);
    for (const part of summands ?? []) parts.add(part);
    return summands !== null;
  });
  return { toPlace: figures.filter((f) => !rollUps.includes(f)), rollUps, parts };
}

/** The figures that sum to `whole`, or null when it is no roll-up. */
function partsOf(whole: CasualtyFigure, figures: CasualtyFigure[]): CasualtyFigure[] | null {
  if (whole.kind !== 'incident' || whole.value <= 0) return null;
  const breakdownValues = new Set(whole.breakdown.map((part) => part.value));
  const parts = figures
    .filter((f) => f !== whole && f.kind === 'incident' && f.metric === whole.metric && f.country === whole.country)
    // "hundreds" read as its lower bound of 100 is no term of a sum (stories H: 400 is no 100 and 300).
    .filter((f) => f.value > 0 && f.value < whole.value && !breakdownValues.has(f.value) && !f.vague)
    // "three policemen shot on Monday" is no sum of a soldier killed on Friday and two militants on Monday: the parts of
    // a sum fall on its day or the day beside it.
    .filter((f) => !f.date || !whole.date || daysApart(f.date, whole.date) <= 1)
    .slice(0, MAX_PARTS);
  const chosen = sumsTo(
    parts.map((p) => p.value),
    whole.value,
    0,
    [],
  );
  return chosen ? chosen.map((i) => parts[i]) : null;
}

function sumsTo(values: number[], target: number, from: number, used: number[]): number[] | null {
  if (target === 0) return used.length >= 2 ? used : null;
  for (let i = from; i < values.length; i++) {
    const found = values[i] <= target ? sumsTo(values, target - values[i], i + 1, [...used, i]) : null;
    if (found) return found;
  }
  return null;
}
