import * as chrono from 'chrono-node';
import {
  AHEAD_WORDS,
  ATTACK_NOUNS,
  CAPITALISED_WEEKDAYS,
  MONTH_NAMES,
  MONTH_WORD,
  MONTHS,
  RANKING_WORDS,
  ROSE_TO_VERBS,
  SAY_VERBS,
  WEEKDAYS,
} from './lexicon';

// Words that can start a date chrono reads; sentences without one skip chrono (it costs ~20 µs a call).
const DATE_WORD = new RegExp(
  String.raw`\b(?:${WEEKDAYS}|weekend|yesterday|today|tonight|last (?:night|week|month|year)|ago|this (?:week|month|year)|earlier this|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|(?:${MONTHS})\b)`,
  'i',
);

const WEEKDAY = String.raw`${WEEKDAYS}|yesterday`;
// The events a report names by their day: in "Saturday's siege", "Monday's bombing" the possessive names the day of
// the event itself.
const EVENT_NOUNS = String.raw`${ATTACK_NOUNS}|siege|shelling|violence|fighting|clashes|killing|shooting|bombardment|incident|offensive|incursion|rampage`;
// "the Monday night battle": the event nouns of a reference, and "the dead of Friday's blast".
const EVENT_NOUN_OR_DEAD = String.raw`(?:[\w-]+\s+){0,2}(?:${EVENT_NOUNS}|battle|gunfight|encounter|operation|clash)s?\b`;

// "On Sunday Bwanakawa said that ...", "On Sunday, the Somali Ministry of Health confirmed ...", "On Thursday the army had
// accused the M23 of massacring at least 50": a sentence that opens on a day followed by its speaker or accuser.
// Mid-sentence, "on Monday, police said" closes the clause before it, whose day that is: only a day at the sentence's
// start is checked. "On Saturday the Islamic State (IS) terror group claimed the bombings": a claim is told like a statement.
const STATEMENT_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*\s+|\([A-Z]{2,6}\)\s+|(?:of|for)\s+(?=[A-Z])|(?:local|provincial|regional|state|military|army|police|health|government|UN|U\.N\.|president|prime minister|minister|governor|mayor|terror|terrorist|militant|jihadist|armed)\s+){0,5}(?:officials?\s+|authorities\s+|police\s+|spokes\w+\s+|ministry\s+|army\s+|military\s+|group\s+)?(?:had\s+|has\s+)?(?:${SAY_VERBS}|accused|blamed|claimed)\b`,
);

// "On Tuesday, as the number of dead from Russia's air strike on a shopping centre rose to 20, ...": the day a toll rose.
const TOLL_ROSE_AFTER =
  /^\s*,?\s+(?:as|when|after)\s+(?:the\s+)?(?:death\s+)?(?:toll|tally|number of (?:the\s+)?(?:dead|deaths|people killed|victims|casualties))\b[^.;]{0,90}?\b(?:rose|climbed|reached|increased|jumped|grew|went up|mounted)\b/i;

// The burial or the mourning told right after a day, with no killing between: the dead were buried that day, killed before.
const BURIED_AFTER =
  /^(?:(?!\b(?:killed|killing|died|attack\w*|bomb\w*|shot|struck|explo\w+|blast)\b)[^.;]){0,100}?\b(?:laid (?:\w+\s+)?to rest|buried|burying|bury|mass burial|funerals?\s+(?:was|were)\s+held|held\s+(?:a\s+|the\s+)?funerals?)\b/i;

/** The publication day (YYYY-MM-DD, UTC) of an ISO time. */
export function publicationDay(publishedAt: string): string {
  return new Date(publishedAt).toISOString().slice(0, 10);
}

/**
 * The day an incident phrase names, resolved against publication: "on Saturday" is the latest Saturday on or
 * before publication (the seed, published Sat 2019-08-10, means that same day; chrono alone would pick the
 * nearest Saturday, which can be the next one), "overnight" is the publication day.
 */
export function resolveIncidentDay(raw: string, publishedAt: string, { months = true, years = false } = {}): string | null {
  raw = weekdayOverRelative(holidaysAsDates(raw));
  const key = `${publishedAt}\u0001${months ? 1 : 0}${years ? 1 : 0}\u0001${raw}`;
  const known = resolvedDays.get(key);
  if (known !== undefined) return known;
  const day = incidentDayOf(raw, publishedAt, months, years);
  if (resolvedDays.size >= PARSED_LIMIT) resolvedDays.clear();
  resolvedDays.set(key, day);
  return day;
}

// "yesterday (Friday)", "Today (Saturday)", "Sunday afternoon (yesterday)": a speaker's "yesterday" is the day before they
// spoke, not before the report; the weekday beside it says which day it is.
const RELATIVE_THEN_WEEKDAY = new RegExp(String.raw`\b(?:yesterday|today|last night|this morning|tonight)\s*\(\s*(${WEEKDAYS})\s*\)`, 'gi');
const WEEKDAY_THEN_RELATIVE = new RegExp(
  String.raw`\b(${WEEKDAYS})((?:\s+(?:morning|afternoon|evening|night))?)\s*\(\s*(?:yesterday|today|last night|this morning)\s*\)`,
  'gi',
);

function weekdayOverRelative(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(RELATIVE_THEN_WEEKDAY, 'on $1').replace(WEEKDAY_THEN_RELATIVE, '$1$2');
}

// "In October, 13 people were killed": a month, a comma and a count are no day of that month (chrono reads October 13).
const MONTH_COMMA_COUNT = new RegExp(String.raw`\b(?:in|during|since|last|this)\s+${MONTH_WORD},(?=\s+\d{1,3}\s+[a-z])`, 'gi');

// "on 29 and 30 November": an attack over two days is dated by its first.
const TWO_DAYS_OF_A_MONTH = new RegExp(String.raw`\b(\d{1,2})\s+(?:and|to|-|–)\s+\d{1,2}\s+(${MONTH_WORD})(?![\w])`, 'gi');

// "on a Saturday in September 2013": a weekday with an indefinite article names no particular one ("a Thursday attack",
// "a Sunday service" do: the weekday there describes the noun after it).
const SOME_WEEKDAY = new RegExp(String.raw`\ba\s+(?:${WEEKDAYS})\b(?=\s+(?:in|of|during|last|this|before|after|when)\b|\s*[,.;]|$)`, 'gi');

// "on Sunday morning, January 27", "on Sunday (January 27)": the date after the weekday says which Sunday; chrono merges
// only "Sunday, January 27" and reads the bare weekday as the last one before the report.
// "struck overnight from Tuesday into Wednesday": a night told from one day into the next is the first day's, as
// "overnight Tuesday to Wednesday" is (eval/real29 Beni).
const NIGHT_FROM_DAY_INTO_NEXT = new RegExp(String.raw`\bfrom\s+(${WEEKDAYS})\s+(?:into|to|until|till)\s+(?:${WEEKDAYS})\b`, 'gi');
const WEEKDAY_PART_THEN_DATE = new RegExp(
  String.raw`\b(${WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,|\()\s*(?=${MONTH_WORD}\s+\d|\d{1,2}\s+${MONTH_WORD})`,
  'gi',
);

// "one of the highest daily numbers since the protests broke out in March 2011", "the deadliest attack since June 2014":
// the start of a ranking's period is no day of the count, unless the count is the ranked one's ("the worst prison
// massacre since the one drug gangs carried out in September, with 119 deaths"). "Israel's bloodiest since the war began
// 19 days ago" counts days to the war's start, no count.
const RANKED_SINCE = new RegExp(String.raw`\b(?:${RANKING_WORDS})\b[^;.]*?\bsince\b(?:(?!\s[-–—]\s)[^;.])*`, 'gi');

// "31 people have been confirmed dead, which would come close to the number killed in the Brussels attacks this April":
// the day of the toll compared with is not the count's.
const COMPARED_TOLL =
  /\b(?:close to|compared (?:with|to)|comparable to|(?:more|fewer|higher|lower|less) than|rival(?:s|ling)?|exceed(?:s|ing)?|surpass(?:es|ing)?)\s+(?:the\s+)?(?:number|toll|death toll|tally|count)\b[^.;]*/gi;

// "a serious test for the military administration that removed the elected government in May 2014", "the junta, which
// seized power in February 2021", "one of the 14 armed groups that signed the Khartoum accord with the government on
// February 5, 2019": when a government came to power or an accord was signed dates no attack (stories Y, Bangkok and
// Paoua). Only the act and its date are blanked: "the junta, which seized power in 2021, killed 12 on Monday" keeps Monday.
const TOLD_DATE = String.raw`(?:on\s+|in\s+)?(?:(?:early|late|mid-?)\s*)?(?:${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|\d{1,2}\s+${MONTH_WORD}(?:\s+(?:19|20)\d\d)?|${MONTH_WORD}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)`;
const CAME_TO_POWER = new RegExp(
  String.raw`\b(?:that|which|who|since it)\s+(?:has\s+|had\s+|have\s+)?(?:(?:seized|took|grabbed|came to|removed|ousted|toppled|overthrew|deposed)\s+(?:power|office|the (?:elected |civilian )?(?:government|president|prime minister))|signed\s+(?:[^.;,]{0,80}?\s)?(?:accord|agreement|deal|treaty|ceasefire|truce|pact)\b)(?:[^.;,]{0,60}?\s${TOLD_DATE})?`,
  'gi',
);

// "declared three days of mourning, beginning on Thursday, for more than 50 people killed this week": the day a declared
// mourning, curfew or truce begins is no day of the deaths (stories Y, Paoua).
const DECLARED_PERIOD_BEGINS = new RegExp(
  String.raw`\b(?:mourning|curfew|ceasefire|truce|state of emergency|lockdown|holiday)\b[^.;]{0,40}?\b(?:beginning|starting|from|effective|as of|to begin|to start)\s+(?:on\s+|from\s+)?(?:${WEEKDAY}|today|tomorrow|${MONTH_WORD}\s+\d{1,2}|\d{1,2}\s+${MONTH_WORD})`,
  'gi',
);

// "before the national elections due in June", "talks scheduled for Monday": a day or month something is due on is ahead.
const DUE_AHEAD = new RegExp(
  String.raw`\b(?:${AHEAD_WORDS})\s+(?:to\s+(?:be\s+)?\w+\s+)?(?:in|for|on)\s+(?:early\s+|late\s+|mid-?)?[A-Z][a-z]+(?:\s+\d{1,2})?\b`,
  'g',
);

// "The Palm Sunday suicide bombing of 9 April": a feast named after its weekday, beside the date that gives its day.
const FEAST_DAY = /\b(?:Palm|Easter|Good|Holy|Ash|Maundy|Bloody|Black)\s+(?:Sunday|Monday|Friday|Saturday|Thursday|Wednesday)\b/g;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_WORD}\s+\d{1,2}\b|\b\d{1,2}\s+${MONTH_WORD}`, 'i');
const withoutFeastsBesideADate = (text: string): string => (MONTH_DAY.test(text) ? text.replace(FEAST_DAY, ' ') : text);

// "speaking for the defence ministry at a Tuesday briefing": the day a briefing was given.
const BRIEFING_AFTER = /^\s+(?:briefing|news conference|press conference|statement|address|speech|interview|session|meeting|update)\b/i;

const EVENT_TOOK_PLACE = /\b(?:took place|happened|occurred|struck|was carried out)\b[^.;]{0,40}$/i;
const PREVIOUS_DAYS = /\bthe (?:previous|preceding) day['’]s\b/i;
const LOOSE_LAST_WEEK = /\b(late|early)\s+last\s+week\b/i;
const LAST_YEAR = /^\W*last year\b/i;
const RECOVERED_OVERNIGHT = /\b(?:bodies|survivors)\s+(?:were|had been|have been)\s+(?:recovered|found|pulled out|retrieved|dug out)\s+overnight\b/i;
const EARLIER_THIS_YEAR = /^\W*earlier this year\b/i;
const MONTH_NAMED = new RegExp(String.raw`\b(?:${MONTHS})\b`, 'i');
const NAMED_DAY = new RegExp(String.raw`\b(?:${WEEKDAYS})\b|\b${MONTH_WORD}\s+\d|\b\d{1,2}\s+${MONTH_WORD}`, 'i');

function incidentDayOf(raw: string, publishedAt: string, months: boolean, years: boolean): string | null {
  // chrono reads "the evening of July 24" as this evening: drop the part of the day. "About a week before, 14 people
  // had died": a span counted back from the report is a span ago.
  const told = raw
    .replace(/\b(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night) of\s+(?=[A-Z\d])/g, '')
    .replace(/\b((?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?))\s+(?:before|earlier|previously)\b/gi, '$1 ago')
    .replace(TWO_DAYS_OF_A_MONTH, '$1 $2')
    .replace(WEEKDAY_PART_THEN_DATE, '$1, ')
    .replace(NIGHT_FROM_DAY_INTO_NEXT, 'on $1')
    .replace(SOME_WEEKDAY, 'a day')
    .replace(COMPARED_TOLL, ' ')
    .replace(DUE_AHEAD, ' ')
    .replace(CAME_TO_POWER, ' ')
    .replace(DECLARED_PERIOD_BEGINS, ' ')
    // "Their deaths came the day after 25 troops were killed on Saturday": chrono reads "the day after" as tomorrow.
    .replace(/\bthe day after\b/gi, ' ')
    .replace(MONTH_COMMA_COUNT, (m) => m.replace(',', ';'));
  const text = withoutFeastsBesideADate(told).replace(RANKED_SINCE, (ranking) =>
    /\d/.test(ranking.replace(/\b(?:19|20)\d\d\b|\b\d+\s+(?:days|weeks|months|years)\s+ago\b/g, '')) ? ranking : ' ',
  );
  // "over the past day" in a morning report is mostly the day before; later in the day it is that day.
  if (/\b(?:over|in|during) the (?:past|last) day\b/i.test(text) && !/\b(?:on|of) (?:[A-Z]\w+ \d|\d{1,2} [A-Z])/.test(text))
    return new Date(publishedAt).getUTCHours() < 12 ? shiftDays(publicationDay(publishedAt), -1) : publicationDay(publishedAt);
  // "... after more bodies were recovered overnight": the night the count grew, not a day of the deaths (stories K, Dnipro).
  if (/\bovernight\b/i.test(text) && !DATE_WORD.test(text) && !RECOVERED_OVERNIGHT.test(text)) return publicationDay(publishedAt);
  // "which killed over 500 people in the same month in 2017": the report's month of that year.
  const sameMonth = months ? text.match(/\bthe same month (?:in|of) ((?:19|20)\d\d)\b/i) : null;
  if (sameMonth && Number(sameMonth[1]) < Number(publishedAt.slice(0, 4))) return `${sameMonth[1]}-${publishedAt.slice(5, 7)}-01`;
  // "a huge bombing in 2017 killed over 500": a year before the report's dates what it tells to that year.
  // "That 2015 attack left two people dead": a year before the event noun dates it too.
  // The first told wins: in "the 2013 attack on Westgate that killed 67, and an assault in 2015 that took 147 lives"
  // 2013 is the 67's.
  const year = [
    // "In 2010 Maoists ambushed a police patrol and killed 76": the sentence may open on it.
    text.match(/\b[Ii]n\s+((?:19|20)\d\d)\b(?!\s*,?\s*(?:\d|[A-Z][a-z]+\s+\d))/),
    text.match(new RegExp(String.raw`\b((?:19|20)\d\d)\s+${EVENT_NOUN_OR_DEAD}`, 'i')),
    // "the army school attack of 2014 ... killed 147 people".
    text.match(new RegExp(String.raw`\b(?:${EVENT_NOUNS})s?\s+of\s+((?:19|20)\d\d)\b`, 'i')),
  ]
    .filter((m): m is RegExpMatchArray => m !== null)
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
  if (!DATE_WORD.test(text)) return years && year && Number(year[1]) < Number(publishedAt.slice(0, 4)) ? `${year[1]}-01-01` : null;
  // "Last year, Shebab fighters held one of the Lido Beach hotels under siege for six hours, killing six people": a sentence
  // that opens on it tells the year before the report's, when no day or month of it is told ("a village that last year saw
  // a massacre has lost 21" tells this year's count).
  if (years && LAST_YEAR.test(text) && !NAMED_DAY.test(text) && !MONTH_NAMED.test(text)) return `${yearBefore(publishedAt)}-01-01`;
  // "Earlier this year, twelve personnel were killed in an ambush": that year, no day of it told (eval/real25 Sukma).
  if (years && EARLIER_THIS_YEAR.test(text) && !NAMED_DAY.test(text) && !MONTH_NAMED.test(text)) return `${publishedAt.slice(0, 4)}-01-01`;
  // "The attack, which took place late last week": the Friday of the week before the report's; early in it, its Monday.
  const looseWeek = text.match(LOOSE_LAST_WEEK);
  if (looseWeek && !NAMED_DAY.test(text)) {
    const pub = publicationDay(publishedAt);
    const mondayBefore = shiftDays(pub, -((new Date(`${pub}T00:00:00Z`).getUTCDay() + 6) % 7) - 7);
    return shiftDays(mondayBefore, /^late$/i.test(looseWeek[1]) ? 4 : 0);
  }
  // "On Friday the remains lay scattered ... after the previous day's air strike that killed 29": the day before the one told.
  const previousDay = text.match(PREVIOUS_DAYS);
  if (previousDay) {
    const told = incidentDayOf(text.slice(0, previousDay.index), publishedAt, false, false);
    if (told) return shiftDays(told, -1);
  }
  const results = parseDates(text, publishedAt);
  // "on the evening of July 24", "Earlier this month, on December 3": a named day beats a vaguer time near it.
  const named = (r: chrono.ParsedResult) => r.start.isCertain('day') || r.start.isCertain('weekday');
  const ordered = [...results.filter(named), ...results.filter((r) => !named(r))];
  for (const r of ordered) {
    // "over the past 24 hours" is the report's own day, not yesterday; "have now been killed" names no day.
    if (/\b(?:hours?|minutes?|seconds?)\b/i.test(r.text) || /^(?:now|right now|currently|at present|by now)$/i.test(r.text.trim())) continue;
    // "this week": no day at all; "last week" stays the day a week back (a recalled incident's week).
    if (/^(?:this|next|past) week$/i.test(r.text.trim())) continue;
    // chrono keeps "on" with the day ("on Monday"): the words before a day are read up to the day itself.
    const before = text.slice(Math.max(0, r.index - 100), r.index) + (r.text.match(/^on\s+/i)?.[0] ?? '');
    // "On Sunday Bwanakawa said that 64 bodies had been recovered": the day of the statement, told before it.
    if (
      /(?:^\s*|[.!?"”:]\s+)$/.test(text.slice(Math.max(0, r.index - 3), r.index)) &&
      (STATEMENT_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 80)) ||
        TOLL_ROSE_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 160)))
    )
      continue;
    if (BRIEFING_AFTER.test(text.slice(r.index + r.text.length)) || OCCASION_OPENING.test(text.slice(0, r.index))) continue;
    // "Governor Hyacinth Alia on Sunday confirmed that 59 people were killed", "Police on Monday said": the day a speaker
    // spoke, told between the speaker and the verb.
    if (/^on\b[^,]*$/i.test(r.text) && SAID_RIGHT_AFTER.test(text.slice(r.index + r.text.length))) continue;
    // "Monday Kassah, head of the Bokkos local government": a bare weekday before a capitalised name is a person's name.
    if (
      NAMED_LIKE_A_DAY.test(r.text) &&
      /^\s+[A-Z][a-z]+\b/.test(text.slice(r.index + r.text.length)) &&
      !MONTH_NAMED.test(text.slice(r.index + r.text.length, r.index + r.text.length + 12))
    )
      continue;
    // "On Saturday, members of the Shia minority laid to rest those lost in a suicide bombing": the day of the burial.
    // "The attack took place in the early hours of Wednesday, June 5, and the dead were buried later that same day": the
    // attack told as that day's keeps it (stories X, Wad al-Noura).
    if (BURIED_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 120)) && !EVENT_TOOK_PLACE.test(before)) continue;
    // "quoted by Al Jazeera on Tuesday (5/12/2023)": a date in brackets restates the day before it, and is that day's.
    const restated = before.replace(/\b\w+\s*\(\s*$/, '');
    const notTheEvents = (head: string) => NOT_THE_EVENTS_DAY.some((words) => words.test(head));
    // "The Red Cross said Thursday's strike ... wounded 48": a possessive day names the event, whatever verb comes before it.
    const possessive = /^['’]s\b/.test(text.slice(r.index + r.text.length));
    if ((!possessive && (notTheEvents(before) || (restated !== before && notTheEvents(restated)))) || /^as (?:of|at)\b/i.test(r.text)) continue;
    // "By Tuesday morning the attack on the mall on Monday had left 18 dead": the day the count stood, not the
    // deaths' ("killed by Monday's blast" names the blast).
    if (/\bby\s+(?:(?:early|late|the end of)\s+)?$/i.test(before) && !/^['’]s\b/.test(text.slice(r.index + r.text.length))) continue;
    // "this week", "last week": no day is told; "in June" tells a month, read as its first day (a finer date
    // than the month meets a label that gives only the month).
    if (!named(r) && !/weekend/i.test(r.text)) {
      if (!months || !r.start.isCertain('month')) continue;
      const month = toPastDay(r.start, publishedAt);
      if (month) return ofLastYearIfSaid(`${month.slice(0, 8)}01`, text.slice(r.index + r.text.length), publishedAt);
      continue;
    }
    const day = toPastDay(r.start, publishedAt);
    // "on Friday of last week"
    if (day && /^\s*of last week/i.test(text.slice(r.index + r.text.length))) return shiftDays(day, -7);
    if (day && r.start.isCertain('month')) return ofLastYearIfSaid(day, text.slice(r.index + r.text.length), publishedAt);
    if (day) return day;
  }
  return null;
}

const SAID_RIGHT_AFTER =
  /^\s*(?:(?:also|further|officially|publicly)\s+)?(?:said|says|told|confirmed|announced|disclosed|revealed|stated|noted|added|quoted|cited|put the (?:death )?toll)\b/i;
const LAST_YEAR_AFTER = /^\s*,?\s*(?:of\s+)?last year\b/i;

// "on January 4 last year", "In November last year": chrono reads the day or month in the report's year.
function ofLastYearIfSaid(day: string, after: string, publishedAt: string): string {
  return LAST_YEAR_AFTER.test(after) ? `${yearBefore(publishedAt)}${day.slice(4)}` : day;
}

/** The year before the report's. */
function yearBefore(publishedAt: string): number {
  return Number(publishedAt.slice(0, 4)) - 1;
}
const NAMED_LIKE_A_DAY = new RegExp(String.raw`^${CAPITALISED_WEEKDAYS}$`);

// "At a meeting with Nigeria's vice president on Wednesday, Monday Kassah ... said": a sentence that opens on the
// occasion a speaker spoke at, then its day, tells when the count was given.
const OCCASION_OPENING =
  /(?:^|[.!?"”]\s+)(?:At|During|In|After)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:meeting|briefing|press conference|news conference|interview|speech|address|visit|hearing|session|ceremony)\b[^,.;]{0,60}?\s+$/;

// The words before a day that make it some other day than the deaths': each is read on the 100 characters before it.
const NOT_THE_EVENTS_DAY: readonly RegExp[] = [
  // "an offensive against the armed group that had started over the weekend": the start of a campaign the attack came
  // during, told in a relative clause (stories T, Bohoma).
  /\b(?:offensive|operation|campaign|push|talks|ceasefire|truce)\s+(?:[^.;]{0,40}?\s)?(?:that|which)\s+(?:had\s+|has\s+)?(?:started|begun|began|got under way)\s+(?:(?:on|over|at|during|late|early)\s+)*(?:the\s+)?$/i,
  // "he went to the site of the attack on Tuesday to honour the 92 soldiers": the day of a visit, after the deaths (stories
  // T, Bohoma).
  /\b(?:went to|travell?ed to|flew to|came to|toured|visited)\s+(?:the\s+)?(?:site|scene|area|town|village|city|region|province|wounded|victims|hospital|families)\b[^.;]{0,60}?\s+(?:(?:on|late|early)\s+)*$/i,
  // "a ceasefire agreement for the Karabakh conflict zone took effect on October 10": the day of a truce, a deal or a
  // curfew, not of any deaths (stories S, Ganja).
  /\b(?:took effect|came into (?:force|effect)|went into effect|entered into force|(?:was|were) (?:signed|imposed|lifted)|expired)\s+(?:(?:on|late|early)\s+)*$/i,
  // "killed since Monday", "from the 12th": where a span starts, not one day.
  /\b(?:since|from)\s+(?:the\s+)?$/i,
  // "since the fighting broke out at the end of September": the day a span started from, told by its event.
  /\bsince\s+(?:the|its|their)\s+(?:war|conflict|fighting|hostilities|clashes|offensive|invasion|violence|crisis|unrest)\b[^,;.]{0,60}$/i,
  // "the assault, which went on until Thursday morning": where it ended; it began before.
  /\b(?:until|till|through to)\s+(?:early\s+|late\s+)?$/i,
  // "medics said on Monday", "said in a statement on Monday": the day the report was made.
  /\b(?:said|says|told|reported|announced|added|confirmed|statement)\s+(?:(?:in an? (?:[\w-]+\s+){0,2}?(?:statement|report|interview|briefing|update|bulletin|communiqu[eé]|release|post)|on (?:its )?\w+)\s+)?(?:(?:on|late|early)\s+)*(?:the morning of\s+|the evening of\s+)?$/i,
  // "told CNN on Monday", "briefed reporters on Monday", "as quoted by Al Jazeera on Tuesday", "told the Reuters news
  // agency on Friday", "told the state-run IRNA news agency on Sunday", "told the French news agency AFP on Saturday".
  /\b(?:told|informed|briefed|(?:quoted|cited) by)\s+(?:the\s+)?(?:(?:state-run|state|private|local|official)\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:\s+(?:news\s+)?(?:agency|service|channel|newspaper|daily|television|TV|radio|broadcaster|website)(?:\s+[A-Z][\w.&-]*)?)?|reporters|journalists|a news conference|parliament|lawmakers)\s+(?:(?:on|late|early)\s+)*$/,
  // "In a statement released on Monday morning": the day it was put out.
  // "In a statement sent to AFP on Friday", "The official toll, given on Sunday by the prosecutor": when it was given.
  // "in a statement posted on its website early on Monday".
  /\b(?:statement|report|communiqu[eé]|release|bulletin|update|video|message)\s+(?:released|issued|published|put out|sent out|sent to\s+[A-Z][\w.&-]*|posted(?:\s+(?:on|to)\s+(?:its|their|his|her|the)\s+(?:website|Telegram channel|channel|account|page|social media))?)\s+(?:(?:on|late|early)\s+)*$/i,
  /\b(?:toll|figure|count|tally|estimate),?\s+(?:given|released|announced|published|issued|put out)\s+(?:(?:on|late|early)\s+)*$/i,
  // "The number of people killed in the attack ... climbed to eight on Friday": the day a toll rose to a figure.
  new RegExp(String.raw`\b(?:${ROSE_TO_VERBS})\s+to\s+(?:[\w,.-]+\s+){1,2}(?:(?:on|late|early)\s+)*$`, 'i'),
  // "four of them were still in hospital on Friday morning": the day the wounded were still being treated.
  /\b(?:still|remain(?:ed|s)?)\s+(?:in (?:the )?hospitals?|hospitali[sz]ed|in intensive care|under treatment|being treated|in (?:a )?(?:critical|serious) condition)\s+(?:(?:on|late|early)\s+)*$/i,
  // "Reports gathered on Saturday from several municipal councils said that ...": the day the counts were collected.
  /\b(?:reports?|data|figures|information|records?|counts?)\s+(?:gathered|compiled|collected|received|obtained)\s+(?:(?:on|late|early)\s+)*$/i,
  // "In his briefing on Wednesday evening": the day a briefing, a news conference or an interview was given.
  /\b(?:briefing|press conference|news conference|interview|speech|address)\s+(?:on\s+|late\s+|early\s+)*$/i,
  // "a day of mourning to be held on Tuesday": a day ahead.
  /\b(?:to be (?:held|observed|marked)|will (?:be\s+)?\w+|(?:is|are) (?:scheduled|planned|due|set)(?: to \w+)?)\s+(?:(?:on|for)\s+)?$/i,
  // "75 more than at the previous update in December", "the last count on Monday": when a count was made.
  /\b(?:update|count|tally|toll|estimate)\s+(?:in|on)\s+$/i,
  // "adding that the dead were buried on Friday", "were buried in the capital, Niamey, on Saturday": the day of the
  // burial, after the deaths.
  /\b(?:buried|laid to rest|interred|funerals? (?:was|were) held)\s+(?:(?:in|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,?(?:\s+[A-Z][\w-]+,)?\s+)?(?:(?:on|late|early)\s+)*$/i,
  // "figures received as of Wednesday": the day a count stood; "As of yesterday (08/04)": the bracket restates it.
  /\bas (?:of|at)\s+(?:\w+\s*\(\s*)?$/i,
];

const DAY_OF_EVENT = String.raw`(?:(?:early|late)\s+)?(?:${WEEKDAYS}|weekend)(?:\s+(?:morning|afternoon|evening|night))?|${MONTH_WORD}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?`;
// An event named by its day: "Friday's attack", "the Sunday evening attack", "the Monday night battle", "the March 12
// blast", "the 12 March market attack", "the weekend raid".
const EVENT_BY_DAY = new RegExp(
  String.raw`\b(?:(${WEEKDAYS}|yesterday)(?:\s+(?:morning|afternoon|evening|night))?['’]s|the\s+(${DAY_OF_EVENT}))\s+${EVENT_NOUN_OR_DEAD}`,
  'i',
);
// An attack told with its day: "carried out the attack on the village on Monday", "attacked it on Saturday evening".
// "upwards of 100 gunmen fell on the convoy": attackers who fall on, set upon or swoop on a target attack it.
const ATTACK_WORDS = String.raw`(?:fell|falling|set|swooped|descended)\s+(?:up)?on\s+(?:the|a|an|their)|attack(?:ed|s)?|ambush(?:ed)?|raid(?:ed)?|struck|stormed|bomb(?:ed|ing|ings)?|opened fire|exploded|went off|shell(?:ed|ing)|massacre|blast|explosion|assault|strike|airstrike|fighting|clashes|battle`;
const ATTACK_TOLD = new RegExp(String.raw`\b(?:${ATTACK_WORDS})\b`, 'i');

// "the worst since Jan. 19, when a suicide attacker ... killing 22", "deadlier since 1978, when more than 370 people
// died": a date followed by ", when" dates what the when-clause tells.
const WHEN_DATE = new RegExp(
  String.raw`\b(${MONTH_WORD}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?|${MONTH_WORD}(?:\s+\d{4})?|(?:19|20)\d\d|last year|${WEEKDAYS}),\s+when\b[^.;]*$`,
  'i',
);

/** The date a ", when" clause gives what it tells ("since Jan. 19, when ..."), read from the text before the count. */
export function resolveWhenDate(before: string, publishedAt: string): string | null {
  // The pattern is anchored at the end, so the engine tries it from every word: only a text with ", when" needs it.
  const m = /,\s+when\b/i.test(before) ? before.match(WHEN_DATE) : null;
  if (!m) return null;
  const year = m[1].match(/^((?:19|20)\d\d)$/);
  if (year) return `${year[1]}-01-01`;
  if (/^last year$/i.test(m[1])) return `${yearBefore(publishedAt)}-01-01`;
  return resolveIncidentDay(`on ${m[1]}`, publishedAt);
}

/**
 * The day of the event a sentence names, by reference or as it tells the attack: "Friday's attack", "the Monday
 * night battle", "the 12 March market attack", "gunmen carried out the attack on Monday". Null when it names none
 * (the day of a statement, "said on Saturday", is no event's day).
 */
export function resolveEventReference(told: string, publishedAt: string): string | null {
  // 'Saturday's "barbaric" attack': a quoted word between the day and its event is still a word of the reference.
  const sentence = holidaysAsDates(told).replace(/["“”]/g, '');
  const reference = sentence.match(EVENT_BY_DAY);
  if (reference) {
    const day = resolveIncidentDay(`on ${reference[1] ?? reference[2]}`, publishedAt, { months: false });
    if (day) return day;
  }
  // A month alone ("since the withdrawal began in May") dates no one event; "had taken Kishishe a week before" counts
  // back from a day the story told, not from the publication.
  return ATTACK_TOLD.test(sentence) && !SPAN_BEFORE.test(sentence) ? resolveIncidentDay(sentence, publishedAt, { months: false }) : null;
}

const SPAN_BEFORE = /\b(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+(?:before|earlier|previously)\b/i;

// "struck Karrada ... around midnight on Saturday", "It happened on Sunday night": an attack told with its day close
// after it, in the same clause ("Eid starts on Wednesday" names a holiday, not the bombing of the sentence before); a time
// ("at about 4:00 pm on Sunday") is no end of it.
const ATTACK_THEN_DAY = new RegExp(
  String.raw`\b(?:${ATTACK_WORDS}|happened|occurred|took place|hit|targeted|killed by|killings?|massacred|massacres|reprisals?|(?:rode|stormed|swept|poured) into|descended on|invaded|overran)\b(?:[^.;:]|(?<=\d)[:.](?=\d)){0,80}?\b(?:(?:on|late|early)\s+)+(?:the\s+)?(?:${WEEKDAYS}|${MONTH_WORD}\s+\d{1,2}|\d{1,2}(?:\s+(?:and|to|-|–)\s+\d{1,2})?\s+${MONTH_WORD})(?:\s+(?:morning|afternoon|evening|night))?`,
  'i',
);

// "the Christmas Eve attack", "on New Year's Day": holidays of a fixed date are that date (chrono knows none of them).
const HOLIDAYS: readonly [RegExp, string][] = [
  [/\bChristmas Eve\b/g, 'December 24'],
  [/\bChristmas Day\b/g, 'December 25'],
  [/\bBoxing Day\b/g, 'December 26'],
  [/\bNew Year['’]s Eve\b/g, 'December 31'],
  [/\bNew Year['’]s Day\b/g, 'January 1'],
];

function holidaysAsDates(text: string): string {
  if (!/\b(?:Christmas|Boxing|New Year)/.test(text)) return text;
  return HOLIDAYS.reduce((t, [holiday, date]) => t.replace(holiday, date), text);
}

/** The day a sentence tells an attack on, with the day close after the attack's word, or null. */
export function resolveToldAttackDay(sentence: string, publishedAt: string): string | null {
  const told = holidaysAsDates(sentence).match(ATTACK_THEN_DAY);
  return told ? resolveIncidentDay(told[0], publishedAt, { months: false }) : null;
}

/** How many days before the publication a day (YYYY-MM-DD) began; negative for a day after it. */
export function daysBefore(day: string, publishedAt: string): number {
  return (Date.parse(publishedAt) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
}

/** The day `days` after (or before) a day, both YYYY-MM-DD. */
export function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The start of "the past week", "the last three months": publication minus that span. */
export function startOfPastSpan(count: number, unit: string, publishedAt: string): string {
  const ref = reference(publishedAt);
  const parsed = chrono.parseDate(`${count} ${unit} ago`, ref);
  return parsed ? parsed.toISOString().slice(0, 10) : publicationDay(publishedAt);
}

/**
 * The start of a running tally: "since 2011" is "2011", "since the end of April" (in a report of 2019-08-10)
 * is 2019-04-30, "since the war began in February 2022" is 2022-02-01.
 */
export function resolveSince(afterSince: string, publishedAt: string): string | null {
  // The tally's start ends at the first comma: "since the start of the month, including 19 civilians, a war
  // monitor said on Thursday" must not read Thursday.
  // "Feb. 24, 2022": the comma inside a date does not end the window.
  const window = afterSince
    .slice(0, 120)
    .replace(/(\d{1,2}),\s*((?:19|20)\d\d)\b/, '$1 $2')
    .split(/[,;—]/)[0];
  // "since April 2023", "in October 2017", "since May last year": a month with no day starts on its first.
  const monthYear = window.match(MONTH_YEAR);
  if (monthYear) {
    const year = /last year/i.test(monthYear[2]) ? yearBefore(publishedAt) : Number(monthYear[2]);
    return `${year}-${String(MONTH_NAMES.indexOf(monthYear[1].toLowerCase()) + 1).padStart(2, '0')}-01`;
  }
  if (/^\s*the (?:start|beginning) of the month\b/i.test(window)) return `${publicationDay(publishedAt).slice(0, 7)}-01`;
  const mid = window.match(MID_MONTH);
  if (mid) {
    const start = resolveSince(window.replace(mid[0], mid[1]), publishedAt);
    if (start && start.length === 10) return `${start.slice(0, 8)}15`;
  }
  const results = DATE_WORD.test(window) || /\bend of|\bstart of|\bbeginning of/i.test(window) ? parseDates(window, publishedAt) : [];
  const year = window.match(/\b(19\d\d|20\d\d)\b/);
  const first = results[0];
  if (first && (!year || first.index < (year.index ?? 0) || first.start.isCertain('month'))) {
    const day = toPastDay(first.start, publishedAt);
    if (day) return day;
  }
  if (year) return year[1];
  if (/^\s*(?:early|the start of|the beginning of)\s+(?:this|the)\s+month/i.test(window)) return `${publicationDay(publishedAt).slice(0, 7)}-01`;
  if (/^\s*(?:the start of |the beginning of )?(?:this|the) year\b/i.test(window)) return publicationDay(publishedAt).slice(0, 4);
  return null;
}

const MONTH_YEAR = new RegExp(String.raw`^(?:[^\d]*?\s)?(${MONTHS})\s+(?:of\s+)?((?:19|20)\d\d|last year)\b`, 'i');
// "since mid-March": the middle of the month.
const MID_MONTH = new RegExp(String.raw`\bmid-?\s*(${MONTHS})\b`, 'i');

// The passes ask for the dates of one clause or sentence several times (its kind, its day, a reference to it): chrono
// is the reader's costliest step, so its answers are kept while one report is read (readReport starts each report
// with forgetParsedDates, so a report read twice costs twice, as a bench must see it).
const parsed = new Map<string, chrono.ParsedResult[]>();
const resolvedDays = new Map<string, string | null>();
const PARSED_LIMIT = 4_000;

export function forgetParsedDates(): void {
  parsed.clear();
  resolvedDays.clear();
}

function parseDates(text: string, publishedAt: string): chrono.ParsedResult[] {
  const key = `${publishedAt}\u0001${text}`;
  let results = parsed.get(key);
  if (results === undefined) {
    results = parseAroundDateWords(text, publishedAt);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(key, results);
  }
  return results;
}

// chrono runs each of its parsers over the whole text it is given; a long sentence names its dates in a few words.
// It reads the stretch from the first date word to the last, with some words either side for what chrono merges
// into a date ("early on Saturday morning", "from March 3 to 5"), and the results keep their place in the text.
const DATE_WORDS = new RegExp(DATE_WORD.source, 'gi');
const CONTEXT_CHARS = 60;

// "an attack on a peace march in Ankara", "the toll may rise": in lower case these are a noun and a verb, never the
// month chrono reads them as. Blanked with words of the same length, so every index still points into the text.
const LOWER_CASE_MONTH_NAMES = /\b(?:march|may)\b/g;

// "On Aug. 7, 14 people were killed", "As of last October, 76,228 refugees": the count after a day's or a month's comma
// is no two-digit year (chrono read 2014 and 1976).
const DAY_THEN_COUNT = new RegExp(String.raw`(\b${MONTH_WORD}(?:\s+\d{1,2})?),(?=\s+\d{1,3}(?:,\d{3})+\b|\s+\d{1,3}\s+[a-z])`, 'gi');

function parseAroundDateWords(raw: string, publishedAt: string): chrono.ParsedResult[] {
  const text = raw.replace(LOWER_CASE_MONTH_NAMES, (word) => 'x'.repeat(word.length)).replace(DAY_THEN_COUNT, '$1;');
  const words = [...text.matchAll(DATE_WORDS)];
  if (words.length === 0 || text.length <= 2 * CONTEXT_CHARS + 40) return chrono.parse(text, reference(publishedAt), { forwardDate: false });
  const last = words[words.length - 1];
  let from = Math.max(0, words[0].index - CONTEXT_CHARS);
  let to = Math.min(text.length, last.index + last[0].length + CONTEXT_CHARS);
  // Cut at spaces so no word is read in half.
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  const results = chrono.parse(text.slice(from, to), reference(publishedAt), { forwardDate: false });
  // ParsingResult keeps its index as a plain field; the type marks it readonly for callers that only read it.
  for (const r of results) (r as { index: number }).index += from;
  return results;
}

function reference(publishedAt: string): chrono.ParsingReference {
  return { instant: new Date(publishedAt), timezone: 'UTC' };
}

function toPastDay(c: chrono.ParsedComponents, publishedAt: string): string | null {
  const pub = publicationDay(publishedAt);
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  let date = Date.UTC(year, month - 1, day);
  const pubTime = Date.parse(`${pub}T00:00:00Z`);
  if (date > pubTime) {
    // A weekday or a month without a year names the past one in a news report.
    if (c.isCertain('weekday') && !c.isCertain('day')) date -= 7 * 86_400_000;
    else if (!c.isCertain('year')) date = Date.UTC(year - 1, month - 1, day);
  }
  // "has stopped running the train for four days from Sunday": a day still ahead is no day anything happened on.
  if (date > pubTime + 86_400_000) return null;
  return new Date(date).toISOString().slice(0, 10);
}

// "the death toll from Monday night's bomb" (stories Y, Bangkok): the part of the day is no other day.
const POSSESSIVE_DAY = new RegExp(String.raw`\b(${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?['’]s\b`, 'i');
const EVENT_NOUN = String.raw`(?:[\w-]+\s+){0,2}(?:${EVENT_NOUNS})s?\b`;
// "Tuesday's blast", "Friday night's attack".
const POSSESSIVE_EVENT_DAY = new RegExp(String.raw`\b(${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+${EVENT_NOUN}`, 'i');
const TOLL_NOUN = /\b(?:toll|number of)\b/i;
const UPDATE_VERB =
  /\b(?:rose|risen|rises|climbed|increased|jumped|mounted|reached|grew|soared|swelled|revised|lowered|corrected|updated|adjusted|has|had|stood|stands|is|was)\b/i;

/** The day of an event a report names by a possessive anywhere in it ("in Tuesday's blast"), or null. */
export function resolveEventDayOfReport(text: string, publishedAt: string): string | null {
  const m = text.match(POSSESSIVE_EVENT_DAY);
  if (!m) return null;
  const day = resolveIncidentDay(`on ${m[1]}`, publishedAt);
  // "the victim count from Saturday's attack ... died in last week's devastating bombing", published on a Saturday, and
  // "last Sunday's attack", published on a Sunday: the day a week back, not the report's own day.
  const lastWeek = LAST_WEEKS_EVENT.test(text) || /\blast\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 5), m.index));
  return day && day === publicationDay(publishedAt) && lastWeek ? shiftDays(day, -7) : day;
}

const LAST_WEEKS_EVENT = new RegExp(String.raw`\blast week['’]s\s+${EVENT_NOUN}`, 'i');

/**
 * The day of the incident a toll update is about, or null when the clause names only the day of the update:
 * "police on Sunday revised down the death toll from Saturday's siege to 26" is Saturday's siege, and in "the
 * death toll ... rose to 46 on Wednesday" Wednesday is the day of the count, not of the blast. Read from a
 * possessive day or from the words between the toll and its verb ("the toll from a bombing on Monday rose").
 */
export function resolveUpdatedIncidentDay(clause: string, publishedAt: string): string | null {
  const possessive = clause.match(POSSESSIVE_DAY);
  if (possessive) return resolveIncidentDay(`on ${possessive[1]}`, publishedAt);
  const toll = clause.match(TOLL_NOUN);
  if (!toll) return null;
  const rest = clause.slice((toll.index ?? 0) + toll[0].length);
  const verb = rest.match(UPDATE_VERB);
  return resolveIncidentDay(rest.slice(0, verb?.index ?? 0), publishedAt);
}
