import { clauseSpan, type FigureInReading, isSubgroup, type Pass, type Reading, revise, withFigures } from '../reading';
import { BOUT_DAYS, countsFewDays, STATEMENT_DAY, startOfTheBout } from '../figure-kind';
import { ATTACK_NOUNS, DAY_ANCHORS, LATEST_ROUND, SKIRMISH_NOUNS, TALLY_PERFECT_VERBS, WEEKDAYS } from '../lexicon';
import { daysBefore, resolveIncidentDay, resolveSince, startOfPastSpan } from '../report-dates';
import { parseNumber } from '../numbers';

// Counts no single event reaches (issue 12: "No single-day event kills 20,000"): a count this large is a war's, a
// country's or a population's tally, whatever its verb. Displacement runs larger in one event (a city emptied).
const ONE_EVENT_AT_MOST: Record<string, number> = { killed: 10_000, injured: 20_000, missing: 10_000, kidnapped: 2_000, displaced: 1_000_000 };

// ... and what a count a dataset logs, told with neither its attack nor its day, reaches at most as one event.
const ONE_EVENT_UNTOLD_AT_MOST = 1_000;
// A hospital's or a morgue's register ("Digfer Hospital recorded 11 deaths") counts one attack's dead.
const LOGGED =
  /^(?![^]*\b(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?)\b)[^]*\b(?:recorded|logged|documented|registered|tallied|reported fatalities|data(?:set|base)?)\b/i;

// "have been killed", "has killed", "have died", "has cost more than 30,000 lives", "has uprooted", "has left 12 dead".
const PERFECT = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:also\s+|now\s+|so far\s+|already\s+)?(?:been\s+)?(?:${TALLY_PERFECT_VERBS}|died|driven|kidnapped|abducted|murdered|slain)\b`,
  'i',
);
// The war, the insurgency, the conflict: a process, not one event; "the fighting" and "the violence" may be one
// day's, so they scope a tally only over a stretch of time ("in weeks of fighting", "over a decade of terrorism").
const WAR = String.raw`(?:civil\s+)?(?:war|conflict|insurgency|uprising|rebellion|revolution|occupation|hostilities|terrorism|terror campaign)`;
const LONG_CAMPAIGN = String.raw`(?:offensive|campaign|bombardment|crackdown)`;
const STRETCH = String.raw`(?:weeks|months|years|decades?|a decade)\s+of\s+(?:[\w-]+\s+){0,2}?(?:fighting|violence|bloodshed|unrest|clashes|attacks|bombardment|war|conflict|terrorism|insurgency)`;
// "two countries hit by insurgency", "a region torn by conflict": what a place is like, not what the count covers.
const WAR_SCOPE = new RegExp(
  String.raw`\b(?:in|during|since|throughout|(?<!\b(?:hit|plagued|wracked|racked|torn|ravaged|affected|battered|gripped|beset|scarred|destabili[sz]ed)\s)by)\s+(?:the\s+|a\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){0,4}?${WAR}s?\b|\b${STRETCH}\b`,
  'i',
);
const WAR_TOLL = new RegExp(
  String.raw`\btoll\s+(?:(?:so far|to date|yet)\s+)?(?:of|from|in)\s+(?:the\s+|this\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?${WAR}s?\b`,
  'i',
);
const CAMPAIGN_SCOPE = new RegExp(
  String.raw`\b(?:in|during|since|throughout|by)\s+(?:the\s+|its\s+|this\s+)(?:[\w'’-]+\s+){0,3}?${LONG_CAMPAIGN}\b`,
  'i',
);
// One attack or clash, told as such: then "in the fighting" is that fighting.
const ONE_EVENT = new RegExp(
  String.raw`\b(?:an?|the|this|that|one|${WEEKDAYS}'s)\s+(?:[\w-]+\s+){0,3}?(?:${ATTACK_NOUNS}|shooting|clash|battle|shelling|incident)\b`,
  'i',
);
// Any attack or weapon named: "in coordinated attacks on three villages", "drove over a landmine". Over a whole
// country, a count tied to attacks like these is their incident, unless it runs "across" the country.
const EVENT_WORD =
  /\b(?:attacks?|raids?|strikes?|airstrikes?|bomb(?:s|ings?)?|ambush(?:es)?|massacres?|explosions?|blasts?|shootings?|assaults?|clashes|battles?|shelling|landmines?|mines?|IEDs?|explosives?|rockets?|missiles?|drones?|gunmen|gunfire|rebels|militants|jihadists|insurgents|bandits|attackers|assailants|militia(?:s|men)?)\b/i;
// "in Congo's northeast", "northern Nigeria": a part of the country, not all of it; "from Thailand's border regions": the regions along a border, too.
const PART_OF_COUNTRY =
  /\b(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern|ward)?|border (?:regions?|areas?|provinces?|districts?|towns|villages))\b/i;
const ACROSS_THE_COUNTRY = /\b(?:across|throughout|all over) the country\b|\b(?:nationwide|countrywide)\b/i;
const ACROSS = /\b(?:across|throughout|nationwide|countrywide|all over)\b/i;
// A day named for the count: "on Saturday", "yesterday", "overnight".
const DAY_ANCHOR = new RegExp(String.raw`\b(?:${DAY_ANCHORS}|today)`, 'i');
// "The clashes have displaced more than 24,000 people", "the fighting has forced 50,000 from their homes": the
// fighting the report is about, named with "the", has uprooted people over its whole course. Flight from one
// attack is told with its attack or its day.
const DISPLACED_BY_THE_FIGHTING =
  /^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:fighting|clashes|violence|conflict|offensive|unrest|hostilities|combat)\s+(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:displaced|uprooted|forced|driven)\b/i;
const UPROOTED_BY_THE_FIGHTING =
  /\b(?:have|has|had)\s+(?:now\s+|so far\s+|already\s+)?been\s+(?:displaced|uprooted|forced (?:from|out of) their homes|driven (?:from|out of) their homes)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|clashes|violence|conflict|offensive|war|hostilities|unrest|battles?)\b/i;
const WEEKS_OF_FIGHTING =
  /\b(?:weeks|months)\s+of\s+(?:[\w-]+\s+){0,2}?(?:fighting|violence|bombardment|clashes|shelling|war|conflict|siege|offensive|hostilities)\b/i;
// One attack told with its verb: "after gang members attacked a town".
const EVENT_TOLD = new RegExp(String.raw`${EVENT_WORD.source}|\b(?:attacked|raided|stormed|struck|ambushed|shelled|bombed|after|following)\b`, 'i');
// "Clashes between rival militias have killed 12 people": one bout of fighting (the sixth blind writer).
const EPISODE = new RegExp(String.raw`^[^,;]*?\b(?:${SKIRMISH_NOUNS})\b`, 'i');

/**
 * A figure scoped to a war, a country or a population is a running tally, never one incident, whatever its
 * verb (issue 12): "More than 20,000 people have been killed in the fighting", "36,000 people have been killed in
 * north-eastern Nigeria by the Boko Haram insurgency", "Over a decade of terrorism has cost more than 30,000 lives",
 * "more than 158,000 civilians have been killed in Syria". Told in the present perfect over a war or a whole
 * country, with no day and no single attack named, or too large for any one event, it is a tally (since its
 * start when the clause gives one). A single-day event never kills tens of thousands.
 */
export const warScopedTallies: Pass = {
  name: 'war-scoped-tallies',
  reads: 'a count over a war, a whole country or a population, or too large for one event, is a tally',
  apply(reading) {
    const figures: FigureInReading[] = [];
    for (const f of reading.figures) {
      // An update is one incident's toll, unless it is a war's ("the toll of the uprising has gone up to 21").
      // One person is no tally ("A civilian who was wounded ... has died"), whatever the clause says of a war.
      const why =
        isSubgroup(f) || f.kind !== 'incident' || f.onePerson || (f.isUpdate && !WAR_TOLL.test(f.clause)) ? null : tallyScope(f, reading, figures);
      figures.push(why ? revise(f, { kind: 'cumulative', since: sinceOf(f, reading), notes: {} }, why) : f);
    }
    return withFigures(
      reading,
      figures.map((f) => tallyOfItsPartner(f, figures) ?? f),
    );
  },
};

// "10,582 people dead and 19,875 hurt": counts of other metrics told in one clause with a count too large for any
// event cover the same span, so they are the same tally, though 19,875 wounded alone might be one city's shelling.
function tallyOfItsPartner(f: FigureInReading, figures: readonly FigureInReading[]): FigureInReading | null {
  if (f.kind !== 'incident' || isSubgroup(f) || f.onePerson) return null;
  const partner = figures.find(
    (g) =>
      g.at === f.at &&
      g.clause === f.clause &&
      g.metric !== f.metric &&
      g.kind === 'cumulative' &&
      g.value >= (ONE_EVENT_AT_MOST[g.metric] ?? Infinity),
  );
  return partner ? revise(f, { kind: 'cumulative', since: partner.since, notes: {} }, `told with ${partner.value} ${partner.metric}, a tally`) : null;
}

/** The last figure read before that is no part waiting for its whole. */
function lastWhole(figures: readonly FigureInReading[]): FigureInReading | undefined {
  for (let i = figures.length - 1; i >= 0; i--) if (!isSubgroup(figures[i])) return figures[i];
  return undefined;
}

// "203 Iraqi civilians were killed ... in September. Of those figures, Baghdad was the hardest-hit governorate, with 194
// civilian casualties (37 dead, 157 injured). Next came Dhi Qar Governorate, with 82 killed" (story AC, Nasiriyah): a
// tally's parts, place by place, are tallies of those places.
const PARTS_OF_THE_TALLY =
  /^\W*(?:of (?:those|these|the) (?:figures|totals?|numbers|deaths|dead|casualties|victims)\b|next came\b|then came\b|followed by\b)/i;

function tallyScope(f: FigureInReading, reading: Reading, before: readonly FigureInReading[]): string | null {
  if (f.value >= (ONE_EVENT_AT_MOST[f.metric] ?? Infinity)) return `${f.value} ${f.metric}: more than any one event`;
  const clause = f.clause;
  const sentence = reading.sentences[f.at];
  if (PARTS_OF_THE_TALLY.test(sentence.text) && lastWhole(before)?.kind === 'cumulative') return 'a part, place by place, of the tally told before';
  // "the latest round of tribal fighting and cattle raiding in South Sudan has killed almost 600": one bout.
  if (LATEST_ROUND.test(clause)) return null;
  if (doneByTheWar(sentence.datable.slice(0, f.span.start - sentence.start))) return 'a count the war itself did, in a clause on the war';
  if (PERFECT.test(clause) && outbreakWeeksBefore(clause, reading.publishedAt))
    return 'a count of fighting that broke out weeks before, told in the present perfect';
  // "the ministry said on Friday": the day of a statement anchors no count.
  if (DAY_ANCHOR.test(clause.replace(STATEMENT_DAY, ' ')) || ONE_EVENT.test(clause) || countsFewDays(clause)) return null;
  const perfect = PERFECT.test(clause);
  // "since 2011, when, according to the United Nations, 900 people were killed there in violence": a whole year's count.
  if (YEAR_WHEN.test(clause)) return 'a count of the year the clause names, no one attack';
  const over = attacksToldBefore(f, reading);
  if (over) return `a count over the attacks told before it, since ${over}`;
  // "organised violence has produced 1 288 reported fatalities", "the project recorded 1,500 deaths": a thousand dead
  // or hurt as a dataset logs them, with no attack and no day told, is a record kept over time, not one event.
  // "ACLED recorded 838 reported fatalities from the targeting of civilians" after that dataset's 1 288: a share of it.
  if (
    (f.value >= ONE_EVENT_UNTOLD_AT_MOST || shareOfATallyJustTold(f, before)) &&
    LOGGED.test(clause) &&
    (f.metric === 'killed' || f.metric === 'injured') &&
    !EVENT_WORD.test(clause) &&
    resolveIncidentDay(clause, reading.publishedAt) === null
  )
    return `${f.value} ${f.metric} with no attack and no day told: a record, not one event`;
  if (WAR_SCOPE.test(clause) && !EPISODE.test(clause)) return 'a count over a war or a stretch of fighting';
  if (WAR_TOLL.test(clause)) return "a war's toll";
  // In a report on weeks of fighting ("Two weeks of fighting in Libya have killed 205"), "the clashes have displaced
  // more than 24,000" and "as many as 20,000 people had left their homes" count the flight over those weeks; in a
  // report on one bout ("The fighting has also forced 2,000 families to leave") the flight is that bout's.
  if (
    f.metric === 'displaced' &&
    perfect &&
    WEEKS_OF_FIGHTING.test(reading.text) &&
    (DISPLACED_BY_THE_FIGHTING.test(clause) || !EVENT_TOLD.test(clause))
  )
    return 'people uprooted over the weeks of fighting the report tells';
  // "about 20,000 people had been uprooted by the fighting in the Tripoli area": the flight from the fighting itself,
  // told in the perfect, is its stock, whatever one night's shelling the report leads with.
  if (f.metric === 'displaced' && UPROOTED_BY_THE_FIGHTING.test(clause) && !DAY_ANCHOR.test(clause.replace(STATEMENT_DAY, ' ')))
    return 'people uprooted by the fighting, told in the perfect: its stock';
  // "Its fighters have killed hundreds of civilians in Ituri": a vague many, in the present perfect with no day, is
  // an armed group's record or a war's, not what one attack did.
  if (f.vague && f.value >= 100 && perfect) return 'a vague many told in the present perfect: a record, not an attack';
  if (perfect && CAMPAIGN_SCOPE.test(clause)) return 'a count over a campaign, told in the present perfect';
  // "Attacks by IS militants across the country killed 831 men": attacks over a whole country, a tally.
  if (ACROSS_THE_COUNTRY.test(clause) && !ONE_EVENT.test(clause)) return 'a count across a whole country';
  const span = clauseSpan(reading, f);
  if (
    perfect &&
    (!EVENT_WORD.test(clause) || ACROSS.test(clause)) &&
    !PART_OF_COUNTRY.test(clause) &&
    reading.places.namesOnlyCountries(span.start, span.end) &&
    // "Thailand and Cambodia fought for a third day ... more than 35,000 have been driven from their homes in Cambodia":
    // in a report on a bout of days, the country named is the side the count is of, not a war's whole country.
    startOfTheBout(reading.text, reading.publishedAt) === null
  )
    return 'a count over a whole country';
  return null;
}

function shareOfATallyJustTold(f: FigureInReading, before: readonly FigureInReading[]): boolean {
  return before.some(
    (g) =>
      g.kind === 'cumulative' &&
      LOGGED.test(g.clause) &&
      g.metric === f.metric &&
      g.value > f.value &&
      g.at < f.at &&
      g.at >= f.at - TALLY_SHARE_SENTENCES,
  );
}
const TALLY_SHARE_SENTENCES = 5;

// "killed 21 people in a suburb of Damascus on Friday as the civil war intensified, a war that the U.N. refugee agency said
// had driven more than 200,000 people to flee the country": the day is the attack's; what the war did is its tally.
const WAR_DID = new RegExp(String.raw`\b${WAR}s?\s*,?\s+(?:that|which)\s+(?![^;]*\b(?:${DAY_ANCHORS}|today)\b)[^;]*$`, 'i');

function doneByTheWar(beforeCount: string): boolean {
  const m = beforeCount.match(WAR_DID);
  return m !== null && !ONE_EVENT.test(m[0]);
}

// "Altogether 25 policemen were killed and 16 others wounded in those attacks", after a list of raids over a year: the
// count over attacks told before, on days weeks apart, is their tally since the first.
const THOSE_ATTACKS = new RegExp(
  String.raw`\b(?:in|during|over|across)\s+(?:all\s+)?(?:those|these)\s+(?:[\w-]+\s+){0,2}?(?:${ATTACK_NOUNS}|attacks|incidents|assaults|raids)\b`,
  'i',
);
const LIST_SENTENCES = 4;
const YEAR_WHEN =
  /\b(?:since|in|during)\s+(?:19|20)\d\d\s*,?\s+when\b[^.;]*\b(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:killed|displaced|wounded|injured|abducted)\b/i;

function attacksToldBefore(f: FigureInReading, reading: Reading): string | null {
  if (!THOSE_ATTACKS.test(f.clause)) return null;
  const days = reading.sentences
    .slice(Math.max(0, f.at - LIST_SENTENCES), f.at)
    .map((s) => resolveIncidentDay(s.datable, reading.publishedAt))
    .filter((d): d is string => d !== null && d.length === 10)
    .sort();
  if (days.length < 2) return null;
  const first = days[0];
  const last = days[days.length - 1];
  return (Date.parse(last) - Date.parse(first)) / 86_400_000 > BOUT_DAYS ? first : null;
}

const LASTING =
  /\b(?:(two|three|four|five|six|seven|eight|nine|ten|\d+)-)?(week|month|year)-long\s+(?:[\w-]+\s+)?(?:war|conflict|insurgency|fighting|offensive|campaign|uprising|crisis|siege)\b/i;

function sinceOf(f: FigureInReading, reading: Reading): string | null {
  const since = f.clause.match(/\bsince\b/i);
  if (since) return resolveSince(f.clause.slice((since.index ?? 0) + 5), reading.publishedAt);
  // "the month-long conflict": counted back from the report by its length.
  const lasting = f.clause.match(LASTING);
  if (lasting) return startOfPastSpan(lasting[1] ? (parseNumber(lasting[1])?.value ?? 1) : 1, lasting[2], reading.publishedAt).slice(0, 7);
  return outbreakWeeksBefore(f.clause, reading.publishedAt) ?? attacksToldBefore(f, reading);
}

// "The clashes between the Meitei and Kuki communities, which broke out on May 3 ..., have left at least 110 people
// dead": what fighting has done since it broke out weeks before the report is its tally since then; "clashes that
// erupted on Saturday have left 12 dead" are one bout.
const OUTBREAK = new RegExp(
  String.raw`\b(?:clashes|fighting|violence|unrest|conflict|crisis|hostilities|riots|insurgency|war)\s*,?\s+(?:[^,;]{0,80}?,\s*)?(?:which|that)\s+(?:first\s+)?(?:broke out|began|erupted|started|flared(?: up)?)\s+(?:on|in)\s+`,
  'i',
);

function outbreakWeeksBefore(clause: string, publishedAt: string): string | null {
  const outbreak = clause.match(OUTBREAK);
  const start = outbreak ? resolveSince(clause.slice((outbreak.index ?? 0) + outbreak[0].length), publishedAt) : null;
  if (!start) return null;
  // "which broke out in May": a month (or a year) before the report's own.
  if (start.length < 10) return start.slice(0, 7) < publishedAt.slice(0, 7) ? start : null;
  return daysBefore(start, publishedAt) >= BOUT_DAYS ? start : null;
}
