import { daysApart } from './calendar-day';
import { currentReport, type Incident, STORY_WINDOW_DAYS, TOWN_STORY_WINDOW_DAYS } from './incident';
import { comparePlaces, type PlaceEvidence, specificPlaces } from './place-evidence';
import type { PlacedFigure } from './reported-figure';
import { areVictimsCompatible, isWithinGroup, victimDepth } from './victim-group';

// The same town, or the same region when neither names a town ("Moscow" and "the Moscow region", "Yagha province").
const isSamePlace = (incident: Incident, figure: PlacedFigure, places: PlaceEvidence): boolean =>
  places === 'same-place' || (places === 'same-region' && !specificPlaces(incident).length && !specificPlaces(figure).length);

const ACROSS_MIDNIGHT =
  /\b(?:night|overnight|midnight|late (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|early (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

// "in a major Maoist attack last week, 22 security personnel were killed": the day read from "last week" is the one a
// week before the report, but the text names only the week, so its attack may lie on any day of it.
const ONLY_LAST_WEEK = /\blast week\b(?!['’]s)/i;
const DAY_OF_LAST_WEEK = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?last week\b/i;
const toldOnlyAsLastWeek = (sentence: string): boolean => ONLY_LAST_WEEK.test(sentence) && !DAY_OF_LAST_WEEK.test(sentence);

const PLACE_WEIGHT: Record<PlaceEvidence, number> = {
  'same-place': 30,
  'same-region': 20,
  unknown: 10,
  'different-place': 0,
};

/**
 * What tied a report to its incident, for a person judging the link (issue 13): the same named place and day is
 * sure; a report a day apart or one that names no place is less so; a follow-up days later in the same town, linked
 * only because one side's day stood in for the publication day or it updates the toll, is the weakest.
 */
export type LinkEvidence =
  | 'first-report'
  | 'same-place-same-day'
  | 'same-region-same-day'
  | 'no-place-same-day'
  | 'across-midnight'
  | 'day-apart'
  | 'story-follow-up'
  | 'same-article';

export type LinkCertainty = 'high' | 'medium' | 'low';

export interface IncidentLink {
  evidence: LinkEvidence;
  certainty: LinkCertainty;
}

const CERTAINTY: Record<LinkEvidence, LinkCertainty> = {
  'first-report': 'high',
  'same-place-same-day': 'high',
  'same-region-same-day': 'medium',
  'no-place-same-day': 'medium',
  'across-midnight': 'medium',
  'day-apart': 'low',
  'story-follow-up': 'low',
  'same-article': 'medium',
};

export const linkOf = (evidence: LinkEvidence): IncidentLink => ({ evidence, certainty: CERTAINTY[evidence] });

/** How well a figure fits an incident and what the fit rests on, or null when it cannot be the same incident. */
export interface IncidentMatch {
  score: number;
  link: IncidentLink;
}

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
  return matchIncident(incident, figure)?.score ?? null;
}

// "The number of people killed in the attack on the convoy climbed to eight ... The ADC said six of the attackers were
// killed when the security forces fired back": attackers the defenders killed, counted apart from the toll in the same
// report, are other dead than the toll's; were they among them, the report would say "including" (a part the reading
// keeps inside the toll). Only when the sentence tells the defence: "militants" may be a misread militia's victims.
const KILLED_BY_THE_DEFENCE = new RegExp(
  [
    String.raw`\b(?:fired back|returned fire|return(?:ing)? fire|retaliat\w*|repulsed|repelled|fought (?:back|(?:them|the \w+) off)|pursuit)\b`,
    // "killed by the security forces", "troops had killed two of the assailants", "we have killed 41 of the attackers".
    String.raw`\b(?:killed|gunned down|shot dead|neutrali[sz]ed) by (?:the\s+)?(?:security forces|troops|soldiers|police|guards|army)\b`,
    String.raw`\b(?:troops|soldiers|security forces|police|army|guards|we)\s+(?:had\s+|have\s+|has\s+)?(?:so far\s+)?(?:killed|shot dead|gunned down|neutrali[sz]ed)\b`,
    // "three of the terrorists have been killed", "all three gunmen ... were killed": the attackers themselves.
    String.raw`\b(?:of the|all(?: \w+)?)\s+(?:attackers|assailants|gunmen|terrorists|raiders|bombers)\b`,
  ].join('|'),
  'i',
);

// "The gendarmes killed 14 of the attackers, which brought the overall toll to at least 22 dead": counted inside it.
const INSIDE_THE_TOLL =
  /\b(?:brought|bringing|took|taking|raised|raising|pushed|pushing)\s+the\s+(?:overall\s+|total\s+|death\s+)*(?:toll|total|number)\b|\boverall toll\b|\bincluding\b/i;

function attackersBesideTheirToll(incident: Incident, figure: PlacedFigure): boolean {
  const militants = (victims: string) => isWithinGroup(victims, 'militants');
  const unnamed = (victims: string) => victimDepth(victims) === 0;
  const apart = (sentence: string) => KILLED_BY_THE_DEFENCE.test(sentence) && !INSIDE_THE_TOLL.test(sentence);
  const ofThisArticle = (told: (r: Incident['reports'][number]) => boolean) =>
    incident.reports.some((r) => r.articleId === figure.articleId && told(r));
  if (militants(figure.victims) && apart(figure.sentence)) return ofThisArticle((r) => unnamed(r.victims));
  if (unnamed(figure.victims)) return ofThisArticle((r) => militants(r.victims) && apart(r.sentence));
  return false;
}

export function matchIncident(incident: Incident, figure: PlacedFigure): IncidentMatch | null {
  if (incident.country !== figure.country || incident.metric !== figure.metric) return null;
  if (!areVictimsCompatible(incident.victims, figure.victims)) return null;
  if (attackersBesideTheirToll(incident, figure)) return null;
  const places = comparePlaces(incident, figure);
  if (places === 'different-place') return null;
  const victimsAgree = incident.victims.toLowerCase() === figure.victims.toLowerCase();
  // "Somalia's biggest bombing, which killed over 500 people in the same month in 2017" recalls the 14 October 2017
  // bombing that killed 512, and "On March 23, 2019 ... killed 160" the "more than 150 killed in March last year" told
  // first: a count given only by its month meets a dated incident of that month, either way round, when the
  // month-only count agrees with the dated one.
  const incidentMonthOnly = incident.reports.every((r) => r.monthOnly);
  if (Boolean(figure.monthOnly) !== incidentMonthOnly && incident.date.slice(0, 7) === figure.date.slice(0, 7)) {
    const agree = figure.monthOnly ? countsAgree(figure, incident.value) : countsAgree(currentReport(incident) ?? incident.reports[0], figure.value);
    // "killed 102 people in an attack on a peace march in Ankara earlier this month": Ankara is a city and its province,
    // so the same name on both sides is the same place.
    return isSamePlace(incident, figure, places) || agree ? { score: PLACE_WEIGHT[places], link: linkOf('story-follow-up') } : null;
  }
  // "In mid-May 15 were killed at a baptism", "early in May 30 died in a village": two counts that each give only
  // their month share the month's first day, not a day. Only the same place or the same toll makes them one.
  const monthOnly = figure.monthOnly || incidentMonthOnly;
  if (monthOnly && !isSamePlace(incident, figure, places) && figure.value !== incident.value) return null;
  // "The Ministry of Health confirmed 21 dead ... Al Shabaab said the assault left 40 dead": a rival count the same
  // article dates to the same day as a count already placed, of the same size (half to double), is about that count's
  // incident, wherever that one went; it outranks any other fit (a same-day count of another group the article tells).
  if (incident.reports.some((r) => r.articleId === figure.articleId && r.date === figure.date && ofSameSize(figure.value, r.value)))
    return { score: PLACE_WEIGHT[places] + 6, link: linkOf('same-article') };
  // "Twenty-one people were dead on arrival at the Erdogan and Banaadir hospitals", "the final number of dead in the
  // attack is 587": a count the article gives no day of its own, after it told a dated count of the same metric, is
  // about that article's incident (a part of it, or its toll again), however long ago the article dates it; it is no
  // new incident of the publication day. A place of its own that differs has already ruled it out above. The dated count
  // may be one the article gave only by its month ("last month's attack"), once it joined an incident of a day.
  if (
    figure.dateInferred &&
    figure.value <= incident.value * 2 &&
    incident.reports.some((r) => r.articleId === figure.articleId && !r.dateInferred && (!r.monthOnly || !incidentMonthOnly))
  )
    return { score: PLACE_WEIGHT[places] + 4, link: linkOf('same-article') };
  const apart = daysApart(incident.date, figure.date);
  // "some 3,361 people displaced from Palma", a week later "more than 8,000", then "nearly 14,000 ... as of yesterday":
  // the people an attack uproots are counted as they arrive, for weeks. A later, larger count of the displaced in the
  // same country, where the places do not differ, is that stock grown, not a new flight.
  if (figure.metric === 'displaced' && figure.date > incident.date && apart <= TOWN_STORY_WINDOW_DAYS && figure.value >= incident.value * 0.9)
    return { score: PLACE_WEIGHT[places] - apart, link: linkOf('story-follow-up') };
  if (apart > STORY_WINDOW_DAYS) {
    // "State media and witnesses say at least 305 people were killed in the attack", a week on, in the same region: the
    // very toll the incident holds, with no day of its own, is that incident's.
    const sameTollAgain = figure.value === incident.value;
    const townFollowUp =
      isSamePlace(incident, figure, places) && figure.date > incident.date && figure.dateInferred && (!incident.dateInferred || sameTollAgain);
    if (!townFollowUp || apart > TOWN_STORY_WINDOW_DAYS) return null;
    return { score: PLACE_WEIGHT[places] - apart, link: linkOf('story-follow-up') };
  }
  if (apart > 1) {
    const follows = figure.date > incident.date ? figure.dateInferred || figure.isUpdate : incident.dateInferred;
    // "Kabul school bombing toll rises to 85" after "the blast in Dasht-e-Barchi, Kabul": a follow-up may name only
    // the city or province of the town the first report named; two towns are still two incidents.
    // "Sri Lanka lowers attacks toll to 253" four days after "at least 207 killed" with no town either side: an update,
    // or a count with no day of its own, that names no place may still be the story's when its toll is of the same
    // size as the incident's (the link is weak and says so).
    const sameSizeUpdate = places === 'unknown' && (figure.isUpdate || figure.dateInferred) && ofSameSize(figure.value, incident.value);
    // A count told as last week's attack, of the incident's size in its place, is that attack's, whichever day of the
    // week it fell on (story Z, Bijapur).
    const inTheWeekTold = apart < 7 && toldOnlyAsLastWeek(figure.sentence) && ofSameSize(figure.value, incident.value);
    // "Friday's attack came six weeks after another assault ... There, two young suicide bombers killed 18 people": a
    // recap that counts back in weeks misses the day by a few; with no place of its own and the very toll the incident
    // holds, it is that incident's (story AA, Nguetchewe).
    const sameTollRecalled = places === 'unknown' && apart <= 3 && figure.value >= RECALLED_AGAIN_FLOOR && figure.value === incident.value;
    const placesFit = places === 'same-place' || places === 'same-region' || sameSizeUpdate;
    if (!sameTollRecalled && !((follows || inTheWeekTold) && placesFit)) return null;
    // A story link is weaker evidence than a same-day one: a same-day incident of the town wins.
    return { score: PLACE_WEIGHT[places] - apart + (victimsAgree ? 1 : 0), link: linkOf('story-follow-up') };
  }
  // "the night of June 4-5", "late on Friday": an attack across midnight in one town, dated to either day by
  // different outlets. Two days of fighting told as such stay two incidents.
  if (
    apart === 1 &&
    isSamePlace(incident, figure, places) &&
    (ACROSS_MIDNIGHT.test(figure.sentence) || incident.reports.some((r) => ACROSS_MIDNIGHT.test(r.sentence)))
  )
    return { score: PLACE_WEIGHT[places] + (figure.value === incident.value ? 2 : 0) + (victimsAgree ? 1 : 0), link: linkOf('across-midnight') };
  if (apart === 1) {
    // The same toll of the same victims a day apart is one incident two outlets dated differently
    // ("late on Tuesday night" against "on Wednesday"); two days of fighting rarely end in equal tolls.
    // "36 killed" told a day after "35 killed" in the same city by another outlet that misdated it: a toll within a tenth
    // of the incident's, of twenty or more dead, is that toll again (stories M, Sadr City).
    const nearlyRepeated =
      figure.metric === 'killed' &&
      isSamePlace(incident, figure, places) &&
      figure.value >= NEAR_TOLL_FLOOR &&
      withinATenth(figure.value, incident.value);
    // "killed 34 civilians ... on May 22" after another outlet's 34 of the May 21 massacre, since raised to 50: a toll one
    // of the incident's reports gave, told again a day off, is that report's toll misdated (stories Y, Paoua).
    const anotherReportsToll =
      figure.value >= REPORTED_AGAIN_FLOOR && isSamePlace(incident, figure, places) && incident.reports.some((r) => r.value === figure.value);
    const repeated = (figure.value === incident.value && (places !== 'unknown' || victimsAgree)) || nearlyRepeated || anotherReportsToll;
    const slack = figure.isUpdate || figure.dateInferred || incident.dateInferred;
    // "Death toll in Uganda school attack climbs to 40", a day after the attack, with no day of its own and a town the
    // gazetteer cannot place against the district the first report named; "the toll went up to 55 on Monday", the day
    // after Sunday's blast, naming no place: an update of the same size is the story's (a day apart, a weak link).
    // "Burkina Faso attack toll climbs to 53 ... in a weekend attack": a day told loosely (a weekend is its Saturday or
    // its Sunday) may fall a day before the incident as well as after it.
    const undatedUpdate = figure.isUpdate && ofSameSize(figure.value, incident.value);
    if (!repeated && (!slack || (places === 'unknown' && !undatedUpdate))) return null;
  }
  const valueAgrees = figure.value === incident.value;
  const evidence: LinkEvidence =
    apart === 1
      ? 'day-apart'
      : places === 'same-place'
        ? 'same-place-same-day'
        : places === 'same-region'
          ? 'same-region-same-day'
          : 'no-place-same-day';
  // "The death toll from Thursday's drone attack on the Homs military college has climbed to 123": an update is of the
  // incident whose toll it raises, of its size (89), not of the 14 killed in the shelling the same day nearby.
  const updatesItsSize = figure.isUpdate && ofSameSize(figure.value, incident.value) ? 2 : 0;
  // "At least 149 people are now reported dead after Friday's suicide attack on a political rally in Balochistan": of two
  // incidents of the province that day, the one whose toll it nearly is (140), not the first count of another (84).
  const nearItsToll = !valueAgrees && withinATenth(figure.value, incident.value) ? 2 : 0;
  return {
    score: PLACE_WEIGHT[places] + (apart === 0 ? 2 : 0) + (valueAgrees ? 2 : 0) + (victimsAgree ? 1 : 0) + updatesItsSize + nearItsToll,
    link: linkOf(evidence),
  };
}

// Small equal counts a day apart (one killed, two wounded) are as often two events as one.
const REPORTED_AGAIN_FLOOR = 5;
// ... and five wounded two days apart in one province, the second with no place told, are two events as often
// (eval/real28 Pattani).
const RECALLED_AGAIN_FLOOR = 10;

// Below twenty dead, or for the wounded (22 in Tuesday's convoy attack, 20 in Wednesday's bus bombing in one city), near
// counts a day apart are as likely two attacks as one toll told twice (eval/real23 Kabul).
const NEAR_TOLL_FLOOR = 20;

/** A count within a tenth of an incident's estimate: 149 of 140, 36 of 35. */
const withinATenth = (value: number, estimate: number): boolean => Math.abs(value - estimate) <= estimate * 0.1;

/** Two counts within a factor of two of each other ("at least 207" and 253; 21 and 40) may be one incident's. */
const ofSameSize = (a: number, b: number): boolean => a <= b * 2 && b <= a * 2;

/** Whether a count told with its qualifier ("over 500") agrees with an incident's estimate (512). */
function countsAgree(figure: Pick<PlacedFigure, 'qualifier' | 'value'>, value: number): boolean {
  if (figure.qualifier === 'more_than' || figure.qualifier === 'at_least') return value >= figure.value && value <= figure.value * 1.25;
  if (figure.qualifier === 'about' || figure.qualifier === 'nearly' || figure.qualifier === 'some') return withinATenth(value, figure.value);
  return value === figure.value;
}

/**
 * The incident a figure belongs to among the candidates, or null for a new incident. Ties go to the
 * incident whose estimate is closest to the figure, then to the smaller id, so the choice is deterministic.
 */
export function findIncident(candidates: Incident[], figure: PlacedFigure): Incident | null {
  return findIncidentMatch(candidates, figure)?.incident ?? null;
}

export function findIncidentMatch(candidates: Incident[], figure: PlacedFigure): (IncidentMatch & { incident: Incident }) | null {
  let best: (IncidentMatch & { incident: Incident; gap: number }) | null = null;
  for (const incident of candidates) {
    const match = matchIncident(incident, figure);
    if (match === null) continue;
    const gap = Math.abs(incident.value - figure.value);
    const better =
      best === null ||
      match.score > best.score ||
      (match.score === best.score && (gap < best.gap || (gap === best.gap && incident.incidentId < best.incident.incidentId)));
    if (better) best = { ...match, incident, gap };
  }
  return best;
}

/**
 * For a figure that starts a new incident: the candidate a person might merge it with, and why (issue 13's
 * suggested merge). Same country and metric within two days, in the same region or with no place on one side,
 * victims that could be the same, no two different towns: what the matching above refused for want of a sure day
 * or town.
 */
export function nearestMiss(candidates: Incident[], figure: PlacedFigure): { incident: Incident; why: string } | null {
  let best: { incident: Incident; apart: number } | null = null;
  for (const incident of candidates) {
    if (incident.country !== figure.country || incident.metric !== figure.metric) continue;
    if (!areVictimsCompatible(incident.victims, figure.victims)) continue;
    const apart = daysApart(incident.date, figure.date);
    if (apart > 2) continue;
    const places = comparePlaces(incident, figure);
    // Two named towns are two incidents whatever their region: only a side with no town is in doubt.
    if (places === 'different-place') continue;
    if (!best || apart < best.apart || (apart === best.apart && incident.incidentId < best.incident.incidentId)) best = { incident, apart };
  }
  if (!best) return null;
  const where = best.incident.region && best.incident.region === figure.region ? `both in ${figure.region}` : 'no place tells them apart';
  return { incident: best.incident, why: `same country and metric ${best.apart === 0 ? 'on the same day' : `${best.apart} day(s) apart`}, ${where}` };
}
