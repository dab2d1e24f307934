import type { FigureKind } from './casualty-figure';
import {
  AHEAD_WORDS,
  ATTACK_NOUNS,
  DAY_ANCHORS,
  HOSTING_STEMS,
  LATEST_ROUND,
  MONTHS,
  ORDINALS,
  RANKING_WORDS,
  SAY_VERBS,
  SKIRMISH_NOUNS,
  TALLY_PERFECT_VERBS,
  TOLL_BRINGING_VERBS,
  WEEKDAYS,
} from './lexicon';
import { tellsOneEvent, yearOfTally } from './past-events';
import { daysBefore, publicationDay, resolveIncidentDay, resolveSince, shiftDays, startOfPastSpan } from './report-dates';

export interface KindReading {
  kind: FigureKind;
  since: string | null;
  /** "in that same period": the tally starts where the previous one did. */
  samePeriod: boolean;
  /** "has killed 40 people since Tuesday": a count over the few days of one attack, read as that incident. */
  shortSpan?: boolean;
  /** "have fled since the raid": counted from the attack the report leads with, so dated to it. */
  sinceAttack?: boolean;
}

// A "since" span this short is the incident itself, not a running tally: "has killed at least 40 people since
// Tuesday" in a report about one attack a day later. The dev set's coders read four days of fighting ("412 people
// since Wednesday", published Sunday) as a tally, so the line is drawn at three days.
const SHORT_SPAN_DAYS = 3;
/** A bout of fighting runs a week at most: what fighting that broke out longer before the report has done is a tally. */
export const BOUT_DAYS = 7;
// "since the clashes started on Friday and went on until Tuesday": a bout told with its end is one incident, up to a week.
const ENDED_BOUT = new RegExp(String.raw`\b(?:until|till)\s+(?:${WEEKDAYS})\b`, 'i');
// "which took the two-day death toll to 27": a toll over several days sums their incidents, a tally (eval/real28 Baghdad).
const MULTI_DAY_TOLL = /\b(?:two|three|four|five|six|seven|ten|\d+)-(?:day|week|month)\s+(?:death\s+)?(?:toll|tally)\b/i;
// "since Friday", "since late on Friday night" (eval/real29 Albu Kamal), "since September 13", and "since hostilities with Israel broke out on Friday": a start told by its
// weekday or its date (the span is then measured).
const SHORT_SINCE = new RegExp(
  String.raw`^\s*(?:${WEEKDAYS}|yesterday|last night|the weekend|(?:early|late)\s+(?:on\s+)?${WEEKDAYS}|(?:${MONTHS})\.?\s+\d{1,2}(?!\d|,?\s+(?:19|20)\d\d)|\d{1,2}\s+(?:${MONTHS})(?!,?\s+(?:19|20)\d\d)|(?:the\s+)?(?:hostilities|fighting|clashes|violence|offensive|escalation|flare-up|operation|attacks|strikes|bombardment)\s+(?:[^,.;]{0,40}?\s+)?(?:broke out|began|started|erupted|flared(?: up)?|(?:was|were) launched)\s+(?:on\s+)?(?:${WEEKDAYS}|yesterday))\b`,
  'i',
);

// "in that same period", "over the same stretch": the period of the tally told before.
const SAME_STRETCH = String.raw`(?:that|the) same (?:period|stretch|span|time ?frame)`;
// Running tallies, never new incidents: "more than 370,000 since 2011", "so far", "to date", "in total",
// "a total of", "in that same period", "so far this year"; but "Earlier this year, twelve personnel were killed in a deadly
// ambush" tells when one attack was (eval/real25 Sukma).
// "As of last October, 76,228 refugees ... were displaced" (eval/real31 Paniai): a count standing at a month or a year is a
// stock; "as of Tuesday evening" is an incident's toll that day.
const TALLY_CUE = new RegExp(
  String.raw`\bas (?:of|at) (?:(?:last|early|mid-?|late|the end of|end-)\s*)?(?:(?:${MONTHS})\b(?!\.?\s+\d{1,2}\b)|(?:19|20)\d\d\b)|\b(?:so far|to date|in total|a total of|overall|cumulative|${SAME_STRETCH}|(?<!\bearlier\s)this year|since(?!\s*(?:[.,;:)]|$|then\b))(?!\s+(?:[a-z]+ed|been|fled|left|gone|risen|grown|become|begun|died|taken)\b)|recent (?:weeks|months|years)|throughout the (?:war|conflict))\b`,
  'i',
);
const RUNNING_TOLL_OF_ONE_EVENT =
  /^(?=[^;]*\b(?:so far|to date|in total|a total of)\b)(?![^;]*\b(?:this year|in recent|throughout|overall|cumulative)\b)/i;
// "951 people were kidnapped over the same stretch", "during the same months".
const SAME_PERIOD = new RegExp(String.raw`\b(?:in|over|during|for) (?:${SAME_STRETCH}|(?:that|the) same (?:months|weeks))\b`, 'i');
// "over the past week" (shared dev set: "forced some 135,000 people to flee their homes over the past week").
const PAST_SPAN = /\b(?:over|in|during) the (?:past|last) (?:(\w+) )?(weeks?|months?|years?)\b/i;
// "killed more than 800 people ... over several days in early November": a total over days, split by coders
// across events, never one incident (shared dev set, sd-darfur-ethnic-killings-afp).
// "at least 79 civilians and members of the security forces have now been killed in northern Burkina in 11 days": in
// more days than one offensive lasts, a tally.
// "Over almost two years, militants have staged a string of raids ... killing no fewer than 300 civilians" (eval/real31
// Tandahimba).
const OVER_DAYS =
  /\b(?:over|during|in the course of) (?:(?:almost|nearly|more than|about|some|roughly) )?(?:several|a few|many|(?:two|three|four|five|six|seven|ten|\d+)) (?:days|weeks|months|years)\b|\bin (?:(?:eight|nine|ten|eleven|twelve|[89]|\d\d) days|(?:two|three|four|five|six|several|a few|\d+) (?:weeks|months))\b/i;
// "after three days of heavy fighting between government troops and the rebels": the days of one bout, counted.
const FEW_COUNTED_DAYS =
  /\b(?:over|during|in the course of|in|in only|in just) (?:two|three|four|five|six|seven|[2-7]) days\b|\bafter (?:two|three|four|five|[2-5]) days of (?:heavy |fierce |intense )?(?:fighting|clashes|shelling|battles?)\b/i;

/** "over four days": a count over a few counted days, one offensive's, not a tally. */
export const countsFewDays = (clause: string): boolean => FEW_COUNTED_DAYS.test(clause);
// "In September alone, 186 civilians were killed": a month's tally.
// "before the national elections due in June": a month something is due, planned or expected in is ahead, no tally's.
// "in the month of September alone, 216 people were murdered" (eval/real29 Beni).
const MONTH_TALLY = new RegExp(
  String.raw`(?<!\b(?:${AHEAD_WORDS})\s)\b(?:in|during) (?:the month of |early |mid-?|late )?(${MONTHS})(?: alone)?\b`,
  'i',
);
// "The violence has also pushed 400,000 people from their homes", "Those attacks, frequently combined with ambushes and
// blamed on groups linked to the Islamic State group and al-Qaida, have killed more than 2,000", "The waves of attacks on
// villages ... have already driven more than 170,000 people from their homes" (eval/real30 Ouham): a process in the
// present perfect is a tally.
// "The insurgency has ruined an economy that leans on aid and tourism, uprooted tens of thousands of people" (eval/real31
// Dhanusha): one perfect for a list of what the process did.
const PROCESS_PERFECT = new RegExp(
  String.raw`\b(?:war|conflict|violence|fighting|bombardment|offensive|campaign|insurgency|rebellion|uprising|revolt|crisis|unrest|hostilities|clashes|attacks)\b[^.;]{0,80}?\b(?:has|have)\s+(?:also\s+|now\s+|so far\s+|since\s+|already\s+)?(?:(?:${TALLY_PERFECT_VERBS}|pushed|driven)\b|[a-z]+ed\b[^.;]{0,80}?,\s+(?:and\s+)?(?:${TALLY_PERFECT_VERBS})\b)|\b(?:those|these|such|the)\s+attacks\b[^.;]{0,140}?\b(?:have)\s+(?:also\s+|now\s+|so far\s+|already\s+)?(?:${TALLY_PERFECT_VERBS}|pushed|driven)\b`,
  'i',
);
const EPISODE_PERFECT = new RegExp(
  String.raw`^[^,;]*?\b(?:${SKIRMISH_NOUNS})\b[^.;]{0,80}?\b(?:has|have)\s+(?:also\s+|now\s+)?(?:killed|wounded|injured|left)\b`,
  'i',
);
// "the war between the army and the RSF, which erupted in April 2023, has displaced ..."
const PROCESS_START = /\b(?:began|erupted|started|broke out|seized power|invaded)\s+(?:in|on)\s+/i;
// A day named in the clause anchors an incident: "on Saturday", "yesterday", "overnight", "Monday's bombing".
const DAY_ANCHOR = new RegExp(String.raw`\b(?:${DAY_ANCHORS})`, 'i');
// "already shelters some 1.1 million people displaced by the conflict": a stock hosted somewhere, with no start.
const DISPLACED_STOCK = new RegExp(
  String.raw`\b(?:are|remain|is|still live)\s+(?:now\s+|still\s+)?(?:internally\s+)?displaced\b|\balready\s+(?:${HOSTING_STEMS})\w*\b|(?:\d|million|thousand)\s+(?:\w+\s+)?(?:internally displaced (?:people|persons)|IDPs)\b|\bwith\s+(?:(?:more than|over|some|about|around|nearly|almost)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:people\s+)?internally displaced\b`,
  'i',
);
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  several: 3,
  few: 3,
};

// "in one of the deadliest assaults this year", "made it the deadliest since 2015", "the Pentagon's worst loss in a single
// day since 2011", "no attack has been deadlier since 1978", "one of the highest daily numbers since the protests broke
// out": a ranking, whose period counts nothing.
const RANKING = new RegExp(String.raw`\b(?:in\s+)?(?:one of\s+)?(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:${RANKING_WORDS})\b[^,;]*`, 'gi');
// "in the first two months of the year", "during the first fortnight of this month of February": a tally from the
// period's first day.
const PERIOD_OPENING = new RegExp(
  String.raw`\b(?:in|during|over) the first (?:\w+ (?:days|weeks|months)|week|fortnight|half|quarter) of (?:(?:the|this) (year|month)(?: of (${MONTHS}))?|(${MONTHS}))\b`,
  'i',
);

function periodOpening(clause: string, publishedAt: string): string | null {
  const m = clause.match(PERIOD_OPENING);
  if (!m) return null;
  if (m[1]?.toLowerCase() === 'year') return `${publishedAt.slice(0, 4)}-01-01`;
  const month = m[2] ?? m[3];
  return month ? resolveSince(month, publishedAt) : `${publishedAt.slice(0, 7)}-01`;
}

// "reached Bule between April 15 and May 15", "from 1 to 20 March": a count over a stretch of dates, from its start.
// "Between April 24 and mid-August": a range of dates is a tally's span.
const DATE_RANGE = new RegExp(
  String.raw`\b(?:between|from)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?((?:${MONTHS})\s+\d{1,2}|\d{1,2}(?:\s+(?:${MONTHS}))?|(?:${MONTHS}))(?:,?\s+((?:19|20)\d\d))?\s+(?:and|to|until|through)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:(?:${MONTHS})\s+\d{1,2}|\d{1,2}\s+(?:${MONTHS})|(?:${MONTHS}))\b`,
  'i',
);

// "French forces said on Friday that they had killed some 50 jihadists so far this month" (eval/real25 Mali).
const PERIOD_CUE = /\b(?:this year|so far this (?:month|week)|recent (?:weeks|months|years)|throughout the (?:war|conflict))\b/i;
const AN_ATTACK = new RegExp(String.raw`\b(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${ATTACK_NOUNS})\b`, 'i');
/** "the ministry said on Friday": the day of a statement, which anchors no count. */
export const STATEMENT_DAY = new RegExp(String.raw`\b(?:${SAY_VERBS})\s+(?:[\w-]+\s+){0,4}?on\s+${WEEKDAYS}\b`, 'gi');

// ", a part of the country where assailants have massacred civilians again and again this year,": what the place has
// suffered, not what the count covers (eval/real30 Niger).
const PLACE_APPOSITIVE =
  /,\s+(?:the\s+|a\s+)?(?:scene|site|centre|center|focus|heart|epicentre|epicenter|hub) of [^,;]*|,\s+(?:a|the|one)\s+(?:[\w-]+\s+){0,3}?(?:part|region|area|corner|zone|province|district|stretch)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?where\s+[^,;]*/gi;
// "killed in a new round of violence in strife-hit Manipur, ..., which has been in turmoil since May 3": what the place
// has been through since then, not what the count covers.
// "In Pibor, which was torn apart by violence in June, ... had been killed in raids": the same, told of a month.
const PLACE_STATE =
  /,\s+(?:which|where)\s+(?:(?:has|have|had)\s+(?:been|seen|witnessed|experienced|known|suffered)\b[^,;\d]*?\bsince\b[^,;]*|was\s+(?:torn apart|hit|ravaged|rocked|devastated|wracked|racked|gripped|shaken|scarred)\s+by\s+[^,;\d]*?\bin\s+[^,;]*)/gi;

const SINCE_DAYBREAK = /\bsince (?:dawn|daybreak|sunrise|midnight|(?:early |this |the )?morning)\b/i;

const SINCE_THE_ATTACK = new RegExp(
  String.raw`\bsince (?:the|that) (?:${ATTACK_NOUNS}|airstrikes?|shelling|incursion|(?:military )?(?:operation|offensive)(?= (?:got under way|began|started|was launched)\b(?! (?:in|on) (?:\d|${MONTHS}))))\b(?!\s+(?:on|in|of)\s+(?:\d|[A-Z]))`,
  'i',
);

// "have crossed into Cameroon since Boko Haram fighters attacked the town on Thursday": the attack told with its verb.
const SINCE_THEY_ATTACKED =
  /\bsince\s+(?:[\w'’-]+\s+){1,4}?(?:attacked|raided|stormed|struck|overran|ambushed|bombed|shelled)\s+(?:the|a|their)\s+(?:town|village|city|camp|area|base|school|market|district|community|settlement)\b(?![^.;]{0,40}\b(?:19|20)\d\d\b)/i;

const UNCHANGED_SINCE = new RegExp(
  String.raw`\b(?:(?:not|n['’]t|never)\s+(?:been\s+)?changed|unchanged|(?:remained|stayed) the same)\s+since\s+(?:the\s+)?(?:day before|previous day|yesterday|last (?:update|count|report|tally|briefing)|${WEEKDAYS})\b`,
  'gi',
);

/** Whether a figure is an incident or a running tally, and since when, from the clause it was read in. */
export function readFigureKind(told: string, publishedAt: string, previousSince: string | null): KindReading {
  // "in one of the deadliest assaults this year" ranks the incident; its year is no tally period.
  // "in Mannar district, the scene of heavy fighting since Thursday": what the place has seen scopes no count.
  // "the figures had not changed since the day before, standing at 50": a count compared with an earlier one.
  const clause = told.replace(RANKING, '').replace(PLACE_APPOSITIVE, '').replace(PLACE_STATE, '').replace(UNCHANGED_SINCE, ' ');
  if (MULTI_DAY_TOLL.test(clause)) return { kind: 'cumulative', since: null, samePeriod: false };
  // "have killed at least 34 Palestinians since dawn on Saturday": the hours of one day are that day's incident.
  if (SINCE_DAYBREAK.test(clause)) return { kind: 'incident', since: null, samePeriod: false };
  // "have fled into the forest since the raid": counted from one attack the report tells, that attack's incident.
  if (SINCE_THE_ATTACK.test(clause) || SINCE_THEY_ATTACKED.test(clause))
    return { kind: 'incident', since: null, samePeriod: false, sinceAttack: true };
  // "one of the two wounded soldiers had died since": "since" with no start after it is "since then", no tally.
  // "close to 6,300 residents have since abandoned their homes": "since" before a verb is "since then", no start.
  const since = clause.match(
    /\bsince\b(?!\s*(?:[.,;:)]|$|then\b))(?!\s+(?:some|many|most|all|several|there|nobody|few)\b)(?!\s+(?:[a-z]+ed|been|fled|left|gone|risen|grown|become|begun|died|taken)\b)/i,
  );
  if (since) {
    const after = clause.slice((since.index ?? 0) + 5);
    const start = resolveSince(after, publishedAt);
    if (
      start &&
      start.length === 10 &&
      SHORT_SINCE.test(after) &&
      // Calendar days, not hours: "since Thursday" in a Sunday noon report is three days back, not three and a half.
      Date.parse(`${publishedAt.slice(0, 10)}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`) <=
        (ENDED_BOUT.test(after) ? BOUT_DAYS : SHORT_SPAN_DAYS) * 86_400_000
    )
      return {
        kind: 'incident',
        since: start,
        samePeriod: false,
        shortSpan: true,
      };
    return {
      kind: 'cumulative',
      since: resolveSince(clause.slice((since.index ?? 0) + 5), publishedAt),
      samePeriod: false,
    };
  }
  const range = clause.match(DATE_RANGE);
  // "killed in the assault, which went on for two weeks from 23 December until early January": how long one event lasted.
  const lasted = range && /\b(?:went on|lasted|continued|raged|ran)\b[^.;]{0,30}$/i.test(clause.slice(0, range.index));
  if (range && !lasted && !DAY_ANCHOR.test(clause.replace(range[0], ''))) {
    // "between 1 and 20 March": the month is told with the end of the range.
    const start = /^\d+$/.test(range[1]) ? `${range[1]} ${range[0].match(new RegExp(MONTHS, 'i'))?.[0] ?? ''}`.trim() : range[1];
    return { kind: 'cumulative', since: resolveSince(`${start}${range[2] ? ` ${range[2]}` : ''}`, publishedAt), samePeriod: false };
  }
  // "has left more than 80 people dead and 11,000 displaced over four days": one offensive of a few counted days.
  if (FEW_COUNTED_DAYS.test(clause) && !PERIOD_OPENING.test(clause)) return { kind: 'incident', since: null, samePeriod: false };
  // "nearly 703,000 people are now internally displaced": a stock of displaced people, with no start.
  if (DISPLACED_STOCK.test(clause) && !DAY_ANCHOR.test(clause)) return { kind: 'cumulative', since: null, samePeriod: false };
  if (SAME_PERIOD.test(clause)) return { kind: 'cumulative', since: previousSince, samePeriod: true };
  const anchored = DAY_ANCHOR.test(clause);
  const span = clause.match(PAST_SPAN);
  if (span && !anchored) {
    const count = span[1] ? (NUMBER_WORDS[span[1].toLowerCase()] ?? (Number(span[1]) || 1)) : 1;
    return {
      kind: 'cumulative',
      since: startOfPastSpan(count, span[2].replace(/s$/, ''), publishedAt),
      samePeriod: false,
    };
  }
  // "has left more than 80 people dead and 11,000 displaced over four days": one offensive of a few counted days is
  // one incident (the real corpora's coders); "over several days in early November", weeks or months are a tally.
  if (OVER_DAYS.test(clause) && !FEW_COUNTED_DAYS.test(clause)) {
    const month = clause.match(MONTH_TALLY);
    return {
      kind: 'cumulative',
      since: month ? resolveSince(month[1], publishedAt) : null,
      samePeriod: false,
    };
  }
  const opening = anchored ? null : periodOpening(clause, publishedAt);
  if (opening) return { kind: 'cumulative', since: opening, samePeriod: false };
  const year = yearOfTally(clause, publishedAt);
  if (year) return { kind: 'cumulative', since: year, samePeriod: false };
  const month = clause.match(MONTH_TALLY);
  if (
    month &&
    !anchored &&
    // "In June, militants shot at mourners ..., killing 18": one attack of that month, an incident.
    !(tellsOneEvent(clause) && !/\balone\b/i.test(clause)) &&
    // "in September 12" is a date; "In September alone, 186 civilians" a month's tally.
    !/^\s+\d/.test(clause.slice((month.index ?? 0) + month[0].length))
  ) {
    return {
      kind: 'cumulative',
      since: resolveSince(month[1], publishedAt),
      samePeriod: false,
    };
  }
  // "the assault on Crocus City Hall has so far left 140 people dead": one attack's toll so far, an incident.
  if (RUNNING_TOLL_OF_ONE_EVENT.test(clause) && tellsOneEvent(clause) && !/\bsince\b/i.test(clause))
    return { kind: 'incident', since: null, samePeriod: false };
  // "said on Friday that this year at least 2,439 Haitians had been killed": the day of a statement anchors no count
  // over a period ("so far" after it may be one attack's toll on that day).
  if (
    TALLY_CUE.test(clause) &&
    (!anchored || (PERIOD_CUE.test(clause) && !AN_ATTACK.test(clause) && !DAY_ANCHOR.test(clause.replace(STATEMENT_DAY, ' '))))
  ) {
    const thisYear = /\bthis year\b/i.test(clause) ? publishedAt.slice(0, 4) : null;
    return { kind: 'cumulative', since: thisYear, samePeriod: false };
  }
  // "Clashes between rival militias have killed 12 people" with no period told: one bout of fighting, an incident.
  if (EPISODE_PERFECT.test(clause) && !/\bso far\b/i.test(clause) && !PROCESS_START.test(clause))
    return { kind: 'incident', since: null, samePeriod: false };
  if (PROCESS_PERFECT.test(clause) && !anchored && !LATEST_ROUND.test(clause)) {
    const start = clause.match(PROCESS_START);
    const from = start ? resolveSince(clause.slice((start.index ?? 0) + start[0].length), publishedAt) : null;
    return { kind: 'cumulative', since: from, samePeriod: !from };
  }
  return { kind: 'incident', since: null, samePeriod: false };
}

// Clause boundaries that separate a running tally from an incident in one sentence: "killed dozens of people,
// the civil defence agency said, while the health ministry said the number of dead had reached 8,525 since".
// ", making it the deadliest attack in the country this year" comments on the figure; its "this year" is not a tally.
// ", where a huge bombing in 2017 killed over 500": a relative clause about another place or time is a clause of its own.
// "four more people died in Salamanca, which brings the overall death toll to sixteen": the sum is a clause of its own.
// ", an operation that has driven thousands from their homes since last Sunday": an appositive with a clause of its own.
// "in Yobe State, one of the three states where a 15-year insurgency has killed thousands": a war told as what a place
// has suffered is a clause of its own, comma or not.
// "FETO, which carried out the coup attempt in which 240 were lost that night, the PKK, which killed 70 ... in the last
// month": after one actor's which-clause, each next named actor's is a clause of its own (stories V, Gaziantep); "the
// shrine in Khuzdar district, Balochistan, which killed 52" is one clause. "A soldier also died in Sunday's clash in
// Dhanusha district, a bastion of the Maoists, who have been fighting since 1996" (eval/real31): the fighters' span is
// theirs. The which-clause is looked for behind a comma only, and within 300 characters: looked for at every character, a
// run-on sentence of 490 KB took 1.7 s (issue 11).
const CLAUSE_BREAK = new RegExp(
  String.raw`;|,\s+(?:while|whereas|but|adding that|and added that|making it|which made it|where|when)\s+|,\s+(?=(?:which\s+)?(?:${TOLL_BRINGING_VERBS})\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:toll|tally|total)\b)|\s+where\s+(?=(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|insurgency|rebellion|uprising|violence|jihadist (?:campaign|violence))\s+(?:has|have|had)\b)|,\s+(?=(?:an?|the)\s+[\w-]+\s+(?:that|which)\s)|,(?<=\b(?:which|who)\b[^.;]{0,300},)\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+(?:which|who)\s)|,\s+(?=who\s+(?:have|has|had)\s+been\s+(?:fighting|waging|battling|leading)\b)|\s+[—–]\s+(?=[A-Z])`,
  'g',
);

/** The clause of a sentence around an offset. */
export function clauseAt(sentence: string, offset: number): string {
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const end = m.index;
    if (offset < end) return sentence.slice(start, end);
    start = end + m[0].length;
  }
  return sentence.slice(start);
}

const BOUT_STARTED = new RegExp(
  String.raw`\b(?:fighting|clashes|conflict|hostilities|violence|battle)\b[^.;]{0,60}?\b(?:started|began|broke out|erupted|flared up)\s+((?:on|late on|early on)\s+(?:${MONTHS})\s+\d{1,2}|on\s+\d{1,2}\s+(?:${MONTHS})|on\s+${WEEKDAYS})`,
  'i',
);
// "Thailand and Cambodia fought for a third day", "on the fourth straight day of fighting in Tripoli": the fighting the
// report tells is its n-th day, a bout of days (eval/real29 Thai-Cambodian border). "on the third day of the US
// invasion" dates one day of a war instead.
const BOUT_DAY_ORDINALS = ORDINALS.slice(0, BOUT_DAYS - 1).join('|');
const BOUT_DAY_COUNT = new RegExp(
  String.raw`\b(?:for|on|into)\s+(?:a|the)\s+(${BOUT_DAY_ORDINALS})\s+(?:straight\s+|consecutive\s+|successive\s+)?day\b(?!\s+of\b)|\b(${BOUT_DAY_ORDINALS})\s+(?:straight\s+|consecutive\s+|successive\s+)?day\s+of\s+(?:fighting|clashes|hostilities|shelling|combat|battles?)\b`,
  'i',
);

/**
 * The day the fighting the report tells started, when the report says so and it is days before the report, or null:
 * "The fighting on the border started on September 14", or its n-th day told ("fought for a third day").
 */
export function startOfTheBout(text: string, publishedAt: string): string | null {
  // Two passes ask it of one report (figure-kinds, war-scoped-tallies): read once.
  if (lastBout?.text !== text || lastBout.publishedAt !== publishedAt) lastBout = { text, publishedAt, day: boutStartIn(text, publishedAt) };
  return lastBout.day;
}
let lastBout: { text: string; publishedAt: string; day: string | null } | null = null;

function boutStartIn(text: string, publishedAt: string): string | null {
  const m = text.match(BOUT_STARTED);
  const day = m ? resolveIncidentDay(m[1], publishedAt) : null;
  if (day) {
    const days = daysBefore(day, publishedAt);
    return days >= 0 && days <= BOUT_DAYS ? day : null;
  }
  const nth = text.match(BOUT_DAY_COUNT);
  if (!nth) return null;
  const n = ORDINALS.indexOf((nth[1] ?? nth[2]).toLowerCase()) + 2;
  return shiftDays(publicationDay(publishedAt), -(n - 1));
}
