import { daysApart } from './calendar-day';
import { type Incident, STORY_WINDOW_DAYS } from './incident';
import { comparePlaces, type PlaceEvidence, specificPlaces } from './place-evidence';
import type { PlacedFigure } from './reported-figure';
import { areVictimsCompatible } from './victim-group';

// The same town, or the same region when neither names a town ("Moscow" and "the Moscow region", "Yagha province").
const isSamePlace = (incident: Incident, figure: PlacedFigure, places: PlaceEvidence): boolean =>
  places === 'same-place' || (places === 'same-region' && !specificPlaces(incident).length && !specificPlaces(figure).length);

const ACROSS_MIDNIGHT =
  /\b(?:night|overnight|midnight|late (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|early (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

const PLACE_WEIGHT: Record<PlaceEvidence, number> = {
  'same-place': 30,
  'same-region': 20,
  unknown: 10,
  'different-place': 0,
};

/**
 * How well a figure fits an incident, or null when it cannot be the same incident. Same country and
 * metric, compatible victims, places that do not contradict, and the same day; an adjacent day only for
 * an update ("the toll from Monday's bombing rose to 45"), when one side's day was inferred from the
 * publication date, or for the very same toll: two days of fighting in one province are two incidents.
 * A follow-up told days later (issue 12: "40 dead, over 80 injured in Owo attack", with no day) joins the
 * incident of the same town within the story window when one side's day only stood in for the publication
 * day, or when it updates that incident's toll; two reports that each name their day, days apart, are two
 * incidents even in one town.
 */
export function scoreIncidentMatch(incident: Incident, figure: PlacedFigure): number | null {
  if (incident.country !== figure.country || incident.metric !== figure.metric) return null;
  if (!areVictimsCompatible(incident.victims, figure.victims)) return null;
  const places = comparePlaces(incident, figure);
  if (places === 'different-place') return null;
  const victimsAgree = incident.victims.toLowerCase() === figure.victims.toLowerCase();
  const apart = daysApart(incident.date, figure.date);
  if (apart > STORY_WINDOW_DAYS) return null;
  if (apart > 1) {
    const follows = figure.date > incident.date ? figure.dateInferred || figure.isUpdate : incident.dateInferred;
    if (!follows || !isSamePlace(incident, figure, places)) return null;
    // A story link is weaker evidence than a same-day one: a same-day incident of the town wins.
    return PLACE_WEIGHT[places] - apart + (victimsAgree ? 1 : 0);
  }
  // "the night of June 4-5", "late on Friday": an attack across midnight in one town, dated to either day by
  // different outlets. Two days of fighting told as such stay two incidents.
  if (
    apart === 1 &&
    isSamePlace(incident, figure, places) &&
    (ACROSS_MIDNIGHT.test(figure.sentence) || incident.reports.some((r) => ACROSS_MIDNIGHT.test(r.sentence)))
  )
    return PLACE_WEIGHT[places] + (figure.value === incident.value ? 2 : 0) + (victimsAgree ? 1 : 0);
  if (apart === 1) {
    // The same toll of the same victims a day apart is one incident two outlets dated differently
    // ("late on Tuesday night" against "on Wednesday"); two days of fighting rarely end in equal tolls.
    const repeated = figure.value === incident.value && (places !== 'unknown' || victimsAgree);
    const slack = figure.isUpdate || figure.dateInferred || incident.dateInferred;
    if (!repeated && (!slack || places === 'unknown')) return null;
  }
  const valueAgrees = figure.value === incident.value;
  return PLACE_WEIGHT[places] + (apart === 0 ? 2 : 0) + (valueAgrees ? 2 : 0) + (victimsAgree ? 1 : 0);
}

/**
 * The incident a figure belongs to among the candidates, or null for a new incident. Ties go to the
 * incident whose estimate is closest to the figure, then to the smaller id, so the choice is deterministic.
 */
export function findIncident(candidates: Incident[], figure: PlacedFigure): Incident | null {
  let best: { incident: Incident; score: number; gap: number } | null = null;
  for (const incident of candidates) {
    const score = scoreIncidentMatch(incident, figure);
    if (score === null) continue;
    const gap = Math.abs(incident.value - figure.value);
    const better =
      best === null ||
      score > best.score ||
      (score === best.score && (gap < best.gap || (gap === best.gap && incident.incidentId < best.incident.incidentId)));
    if (better) best = { incident, score, gap };
  }
  return best?.incident ?? null;
}
