import type { ReportedFigure } from './reported-figure';
import { isSubgroupOf, victimDepth } from './victim-group';

// A toll that "rose" cannot be a downward correction: a day-old "the toll rose to 20" read after the
// toll reached 35 is stale, not a correction.
const RISE = /\b(rose|risen|rising|rises|climbed|climbing|climbs|increased|jumped|jumps|mounted|grew|swelled)\b/i;

/** A plain count ("at least 35 people were killed") outranks a loose one ("dozens", "up to 50", "some"). */
function firmness(report: ReportedFigure): number {
  if (report.vague) return 0;
  return report.qualifier === 'up_to' || report.qualifier === 'some' ? 0 : 1;
}

/**
 * Publication order. Of articles published at the same time (feeds that give only the day: Dawn's "57 dead", AFP's
 * "toll climbs to 62" and a local site's "toll climbs to 63", all of 2022-03-05), one that updates the toll is read
 * after one that does not: a fixed order of ids would let a first count outrank its update at random.
 */
function chronological(updating: ReadonlySet<string>): (a: ReportedFigure, b: ReportedFigure) => number {
  return (a, b) =>
    timeOf(a.publishedAt) - timeOf(b.publishedAt) ||
    Number(updating.has(a.articleId)) - Number(updating.has(b.articleId)) ||
    compareIds(a.articleId, b.articleId) ||
    a.spanStart - b.spanStart ||
    compareIds(a.figureId, b.figureId);
}

// Ids are hex: code-unit order, without the cost of a locale-aware comparison.
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Every report of an incident is timed again each time one joins it; an article's reports share one time.
const times = new Map<string, number>();

function timeOf(publishedAt: string): number {
  let time = times.get(publishedAt);
  if (time === undefined) {
    time = Date.parse(publishedAt);
    if (times.size >= 10_000) times.clear();
    times.set(publishedAt, time);
  }
  return time;
}

/**
 * The reports that are not subgroups. "12 people were killed, among them 5 children": the 5 is a subgroup
 * of the 12 when a broader group in the same incident was counted higher. It stays with the incident and
 * never becomes its estimate.
 */
function headlineReports(reports: ReportedFigure[]): ReportedFigure[] {
  // Compared by victim group, not report by report: fifty reports name only a handful of groups.
  const highest = new Map<string, number>();
  for (const report of reports) highest.set(report.victims, Math.max(highest.get(report.victims) ?? -Infinity, report.value));
  if (highest.size === 1) return reports; // one group is no group's subgroup
  const groups = [...highest];
  return reports.filter((report) => !groups.some(([victims, value]) => value > report.value && isSubgroupOf(report.victims, victims)));
}

// Who speaks for the count: a later count from an authority corrects the estimate, down as well as up
// (Owo, 2022: an eyewitness's "over 50", then the state's 40 is the toll). A witness, a resident or a
// local paper with a lower count does not.
const OFFICIAL =
  /\b(?:ministry|ministries|government|governor|president|prime minister|minister|police|army|military|armed forces|defen[cs]e|officials?|authorit(?:y|ies)|commissioner|spokes(?:man|woman|person)|health|hospitals?|United Nations|UN|U\.N\.|OCHA|UNHCR|IOM|Red Cross|Red Crescent|civil defen[cs]e|state (?:media|television|TV|news agency)|state investigators|investigat(?:ors|ive committee)|prosecutor|mayor|council|administrator|interior|emergenc(?:y|ies) (?:services?|ministry))\b/i;

// "52 people were still in hospital, 20 of them in intensive care": the wounded still treated are a part of the
// wounded, however official the voice; they never lower the estimate.
// "about 64 people injured in the attack were suffering without proper care": the wounded in a condition, a part of them too
// (stories U, Hpakant).
const STILL_TREATED =
  /\b(?:still|remain(?:ed|s)?|(?:are|were) being)\s+(?:\w+\s+)?(?:in (?:the )?hospitals?|hospitali[sz]ed|treated|under treatment|in intensive care|receiving treatment)\b|\bwithout (?:proper |adequate |any )?(?:medical )?(?:care|treatment)\b/i;

// "Eleven more people had been injured, and ... four of them were still in hospital": the still treated are a part named
// after the count, which itself is the whole of the wounded (stories W, Strasbourg).
const PART_STILL_TREATED = /\b(?:of (?:them|whom)|among them)\b[^.;]{0,40}?\b(?:still|remain(?:ed|s)?|(?:are|were) being)\b/i;
const isStillTreated = (sentence: string): boolean => STILL_TREATED.test(sentence) && !PART_STILL_TREATED.test(sentence);

// A correction down to less than a third of the estimate is no correction of the same count.
const CORRECTION_FLOOR = 3;

const isDoubted = (report: ReportedFigure): boolean => report.confidence?.doubts.includes('source-in-doubt') ?? false;

const isOfficial = (report: ReportedFigure): boolean => report.source !== null && OFFICIAL.test(report.source);

/**
 * The report that gives an incident's current estimate (the policy for choosing among sources). Not the sum of
 * reports (five outlets, one attack) and not blindly the largest (a toll revised down stays down). Reading
 * reports in publication order, each article by the first count it gives of the incident (its lead):
 * - an explicit update ("rose to 45", "revised down to 26") replaces the estimate, up or down, except a
 *   "rose to" that would lower it, which is stale;
 * - a later article's lead replaces it when higher (tolls grow as bodies are found), or when lower and told by
 *   an authority (a government, ministry, police, army, hospital or UN count corrects a first estimate); a
 *   lower count from a witness or a paper is kept, not used;
 * - within one article, counts after its lead are rivals or parts ("the governor said at least 22" after the
 *   church's 38): they stay in the range, never the estimate, unless they are updates;
 * - subgroups never count, and loose counts ("dozens") only while no plain count exists.
 * The result depends only on the set of reports, never on the order they arrived in.
 */
export function chooseCurrentEstimate(reports: ReportedFigure[]): ReportedFigure {
  if (reports.length === 0) throw new Error('an incident has at least one report');
  return estimateAmong(headlineReports(standing(reports)));
}

const isWithdrawn = (report: ReportedFigure): boolean => report.confidence?.doubts.includes('withdrawn') ?? false;

/**
 * Whether a source took this count back ("The United Nations has taken back an earlier claim that ... killed 110"):
 * every report of that count, whoever gave it, stops speaking for the incident. They stay among its reports, for the
 * record.
 */
export const isWithdrawnCount = (reports: readonly ReportedFigure[], value: number): boolean =>
  reports.some((r) => r.value === value && isWithdrawn(r));

/** The reports that still stand: all of them but the withdrawn counts, or all of them when nothing else is left. */
function standing(reports: ReportedFigure[]): ReportedFigure[] {
  if (!reports.some(isWithdrawn)) return reports;
  const withdrawn = new Set(reports.filter(isWithdrawn).map((r) => r.value));
  const rest = reports.filter((r) => !withdrawn.has(r.value));
  return rest.length > 0 ? rest : reports;
}

// "More than 150 were wounded", then "the toll rose to 85 dead, 147 injured": a round bound is a guess, and an exact
// count just under it is a count, not a stale rise.
const isNearRoundBound = (report: ReportedFigure, current: ReportedFigure): boolean =>
  report.qualifier === 'exact' && isRoundBound(current) && report.value >= current.value * 0.9;

// "more than 150", "at least 30", "about 100": a bound on a round number, a guess rather than a count.
const isRoundBound = (report: ReportedFigure): boolean => ['more_than', 'at_least', 'about'].includes(report.qualifier) && report.value % 10 === 0;

// "Over a hundred others were hurt", then in the lead "No fewer than 23 people were killed and 109 more were injured":
// an article that opens on a round bound and gives the count inside it right after speaks by that count. Further down,
// a count just above the bound is a part or another grouping ("More than 30 killed" ... "In Koundjili and Lemouna 31
// people were killed"; "at least 50" ... "Two soldiers, one police officer and 50 villagers").
const OPENING_CHARS = 300;
const pinsDownRoundBound = (report: ReportedFigure, lead: ReportedFigure): boolean =>
  report.spanStart - lead.spanStart <= OPENING_CHARS &&
  isRoundBound(lead) &&
  report.value % 10 !== 0 &&
  (lead.qualifier === 'about'
    ? Math.abs(report.value - lead.value) <= lead.value * 0.1
    : report.value > lead.value && report.value <= lead.value * 1.25);

// "Sehwan blast: death toll climbs to 90", then weeks on "the attack ..., which killed close to 100 people": a round
// approximation the exact count already fits does not outbid it.
const approximatesFromAbove = (report: ReportedFigure, current: ReportedFigure): boolean =>
  ['nearly', 'about', 'some'].includes(report.qualifier) &&
  report.value % 10 === 0 &&
  ['exact', 'at_least'].includes(current.qualifier) &&
  current.value < report.value &&
  current.value >= report.value * 0.85;

// "It left a shocking total of 122 people dead", three weeks after the public defender's 130 (stories Y, Rio de Janeiro);
// ThePrint's 40 three weeks after the Pulwama tolls of 45 and 49: an exact count told a week or more after the estimate's
// report is the toll as it settled, lower or not, whoever tells it.
const SETTLED_AFTER_DAYS = 7;
// Only a count of all the dead: "killed 9 state troops and 6 civilians" weeks on names a group, not the settled toll.
const isSettledLater = (report: ReportedFigure, current: ReportedFigure): boolean =>
  report.qualifier === 'exact' &&
  (victimDepth(report.victims) === 0 || report.victims === current.victims) &&
  timeOf(report.publishedAt) - timeOf(current.publishedAt) >= SETTLED_AFTER_DAYS * 86_400_000;

function estimateAmong(headline: ReportedFigure[]): ReportedFigure {
  const firm = headline.filter((r) => firmness(r) === 1);
  // Loose counts only while there is no plain one; a copy either way, as sorting works in place.
  const candidates = firm.length > 0 ? firm : [...headline];
  const ordered = candidates.sort(chronological(new Set(candidates.filter((r) => r.isUpdate).map((r) => r.articleId))));
  let current = ordered[0];
  for (let i = 1; i < ordered.length; i++) {
    const report = ordered[i];
    if (report.isUpdate) {
      if (report.value >= current.value || !RISE.test(report.sentence) || isNearRoundBound(report, current)) current = report;
      continue;
    }
    // Only the first count of an article speaks for it, or the exact count that pins down its round first one.
    if (report.articleId === ordered[i - 1].articleId) {
      if (current.articleId === report.articleId && pinsDownRoundBound(report, current)) current = report;
      continue;
    }
    // "Matawalle takes on Bafarawa over claim that 1,000 were killed": a higher count the report itself doubts stays
    // in the range; it never outbids a count nobody doubts.
    if (report.value > current.value && isDoubted(report) && !isDoubted(current)) continue;
    if (approximatesFromAbove(report, current)) continue;
    // "Police say they have killed a gunman" after a toll of 21: an authority's lower count corrects the estimate only
    // while it is of the estimate's size (Owo's "over 50", then the state's 40); far below it, it counts something else.
    if (
      report.value > current.value ||
      ((isOfficial(report) || isSettledLater(report, current)) &&
        report.value < current.value &&
        report.value * CORRECTION_FLOOR >= current.value &&
        !isStillTreated(report.sentence))
    )
      current = report;
  }
  return current;
}

/** The lowest and highest counts its reports give (UCDP's low and high beside the best estimate), subgroups and loose counts left out. */
export function estimateRange(reports: ReportedFigure[]): { low: number; high: number } {
  const headline = headlineReports(standing(reports));
  const firm = headline.filter((r) => firmness(r) === 1);
  const values = (firm.length > 0 ? firm : headline).map((r) => r.value);
  return { low: Math.min(...values), high: Math.max(...values) };
}

/**
 * Who an incident's dead are: the most specific group its headline reports give. "Four civilians" and
 * "four people" are four civilians, so six police killed elsewhere that day cannot join them; subgroups
 * ("among them five children") do not narrow it.
 */
export function headlineVictims(reports: ReportedFigure[]): string {
  return victimsAmong(headlineReports(reports));
}

function victimsAmong(headline: ReportedFigure[]): string {
  return headline.reduce((a, b) => (victimDepth(b.victims) > victimDepth(a.victims) ? b : a)).victims;
}

/** chooseCurrentEstimate and headlineVictims together, sorting out the subgroups once. */
export function estimateAndVictims(reports: ReportedFigure[]): { current: ReportedFigure; victims: string } {
  if (reports.length === 0) throw new Error('an incident has at least one report');
  const headline = headlineReports(standing(reports));
  return { current: estimateAmong(headline), victims: victimsAmong(headline) };
}
