// Tolls of wars that have ended and of incidents in other years are background, not news: "The 2006 war between
// Israel and Hezbollah killed about 1,200 people", "a peace deal ended a two-year war ... that killed up to
// 600,000", "In September 2022, a suicide bomber killed 53 people". A running tally told in the present perfect
// ("The insurgency, which began in October 2017, has killed more than 5,000") is still counting and stays.
import { ATTACK_NOUNS, MONTH_NAMES, MONTH_WORD, MONTHS, TALLY_PERFECT_VERBS } from './lexicon';

// "the 2006 war", "a 44-day war", "a five-year civil war", "ended a ... war".
const ENDED_WAR =
  /\b(?:(?:the|a|an)\s+(?:\d{4}|[\w]+-(?:year|month|week|day))\s+(?:[\w-]+\s+)?(?:war|conflict|genocide|uprising)|(?:ended|end of|after)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:war|conflict))\b/i;
// "In September 2022", "in 2019", "In December last year".
const DATED = new RegExp(String.raw`\b(?:(${MONTHS})\s+)?((?:19|20)\d\d|last year)\b`, 'gi');
// Still counting: "has killed", "have been displaced", "since 2013", "so far".
const ONGOING = new RegExp(
  String.raw`\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:${TALLY_PERFECT_VERBS}|died)\b|\bsince\b|\bso far\b|\bto date\b|\b(?:remain|remains|still)\s+(?:\w+\s+)?displaced\b`,
  'i',
);

// "abducted more than 1,400 people in Zamfara in 2024 alone", "throughout last year": a whole year's tally is a
// running count of that year (since "2024"), not one past incident.
// "Armed groups operating in the Tillaberi and Tahoua regions have killed more than 420 civilians in 2021": what a side has
// done in a year, told in the present perfect, is that year's tally (eval/real30 Niger).
const PERFECT_IN_A_YEAR =
  /\b(?:has|have)\s+(?:also\s+|now\s+|already\s+)?(?:been\s+)?(?:killed|displaced|wounded|injured|abducted|kidnapped|uprooted|murdered)\b[^.;]{0,80}?\bin\s+((?:19|20)\d\d)\b(?!\s*,?\s*(?:\d|[A-Z][a-z]+\s+\d))/i;
const YEAR_TALLY = /\b(?:(?:in|during) ((?:19|20)\d\d|last year) alone|(?:throughout|in all of) ((?:19|20)\d\d|last year))\b/i;

// "more than 4,700 people were abducted across Nigeria last year", "4,777 people were kidnapped in Nigeria between
// July 2023 and June 2024": people hit over a whole period, told in the passive with no single attack, are that
// period's running tally.
const PASSIVE_HARM = /\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|abducted|kidnapped|displaced|wounded|injured|murdered)\b/i;
const ONE_EVENT = new RegExp(String.raw`\b(?:a|an|the|one|this|that)\s+(?:[\w-]+\s+){0,2}(?:${ATTACK_NOUNS}|shooting)\b`, 'i');
// One attack told as it happened: "a suicide bomber killed 53", "gunmen shot at mourners ..., killing 18",
// "militants stormed a hotel", "a bomb that brought down a plane", "held one of the Lido Beach hotels under siege", "In
// December 2014 they killed 36 quarry workers" (a month's killing done by someone), "In October last year, unknown gunmen
// shot dead six labourers", "In 2019, gunmen halted a bus ... and shot dead 14 people" (gunmen or a bomber who killed),
// "In June last year, some 300 fighters ... overran an island on Lake Chad ... and killed 24 people" (story AA).
const ONE_EVENT_TOLD = new RegExp(
  String.raw`\b(?:a (?:wave|series|spate|string) of|twin|coordinated|simultaneous)\s+(?:[\w-]+\s+)?(?:attacks|raids|strikes|bombings|explosions|blasts|assaults)\b|\b(?:an?|the|one|this|that|another|similar)\s+(?:[\w-]+\s+){0,3}?(?:${ATTACK_NOUNS}|shooting|hijacking|siege|car bomb|suicide bomb(?:ing|er)?|bomb|grenade|rocket|missile|drone strike|fight|gunfight|encounter|firefight|clash|shootout)\b|\b(?:shot at|opened fire|stormed|overran|struck|ambushed|attacked|raided|bombed|blew (?:himself|herself|themselves) up|hijacked|abducted|kidnapped|set fire|torched|brought down|massacred|slaughtered|butchered|besieged|under siege)\b|\bin (?:a|one|the|that|this) (?:village|hamlet|town|market|mosque|church|camp|school)\b(?!s)|\b[Ii]n (?:${MONTHS}) (?:(?:19|20)\d\d|last year),? (?:[\w-]+ ){0,4}?(?:killed|executed|beheaded|shot dead)\b|\b(?:gunmen|a gunman|attackers|assailants|a suicide bomber|suicide bombers|a bomber)\b(?:(?!\b(?:have|has|had)\s)[^.;]){0,90}?\b(?:shot dead|gunned down|killed|executed|beheaded|massacred)\b`,
  'i',
);

/**
 * True when a clause tells one attack as it happened, not a period's count: "a suicide bomber killed 53 people", "30
 * people were killed in a village in Komandjari province" (one place hit is one event).
 */
export function tellsOneEvent(clause: string): boolean {
  return ONE_EVENT_TOLD.test(clause);
}
// "including a girl born in 2025": a birth year, no period.
const PERIOD = new RegExp(
  String.raw`\b(?:between\s+(${MONTHS})\s+((?:19|20)\d\d)\s+and|(?<!\b(?:born|founded|built|established|elected|married)\s)(?:in|during)\s+((?:19|20)\d\d)\b(?!\s*,?\s*\d)|(last year))\b`,
  'i',
);

function periodOfPassiveTally(clause: string, publishedAt: string): string | null {
  if (!PASSIVE_HARM.test(clause) || ONE_EVENT.test(clause)) return null;
  const m = clause.match(PERIOD);
  if (!m) return null;
  if (m[1]) return `${m[2]}-${String(MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}-01`;
  return m[3] ?? String(Number(publishedAt.slice(0, 4)) - 1);
}

/** The year ("2024") or start ("2023-07-01") of the whole period a clause tallies, or null. */
export function yearOfTally(clause: string, publishedAt: string): string | null {
  const passive = periodOfPassiveTally(clause, publishedAt);
  if (passive) return passive;
  const m = clause.match(YEAR_TALLY) ?? clause.match(PERFECT_IN_A_YEAR);
  const year = m ? (m[1] ?? m[2]) : null;
  if (!year) return null;
  return /last year/i.test(year) ? String(Number(publishedAt.slice(0, 4)) - 1) : year;
}

// "Israel launched the war after the attack in which 1,139 people were killed", "The war began when militants
// attacked ..., killing around 1,200": the event that started a war is its background, whatever its year.
const WAR_ORIGIN =
  /\b(?:(?:launched|began|started|sparked|triggered|ignited|provoked)\s+(?:the|its|a)\s+(?:[\w-]+\s+)?(?:war|offensive|invasion|conflict)|(?:war|offensive|invasion|conflict)\s+(?:began|started|erupted|broke out)\s+(?:when|after))\b/i;

// "found guilty of eight of the 12 murders committed in the massacre": killings recalled in a court, not news of them.
const IN_COURT =
  /\b(?:found guilty|convicted|sentenced|acquitted|charged with|stood trial|on trial|verdict|tribunal|trial (?:of|over|for)|prosecuted)\b/i;

// A report whose headline or lead is a court's decision: "Iraq to hang 14 over ISIS massacre", "A court in Kenya has found
// two men guilty".
const COURT_LEAD =
  /\b(?:court|tribunal|judge|verdict|sentenced|convicts?|convicted|found guilty|acquitted|to hang|death sentences?|life sentences?|jailed for)\b/i;

/** True when the headline or lead of a report tells a court case: its counts are recalled before the court. */
export function leadTellsACourtCase(lead: readonly string[]): boolean {
  return lead.some((sentence) => COURT_LEAD.test(sentence));
}

/** True when the clause recalls killings before a court: a trial's counts are no new figures. */
export function isRecalledInCourt(clause: string): boolean {
  return IN_COURT.test(clause);
}

// "The war started when Hamas-led militants stormed into Israel on Oct. 7, 2023, killing some 1,200 people": the event a
// war began with, recalled with its day, is an earlier incident of that day (shared/eval/CONVENTIONS.md counts those).
const ON_A_DAY = new RegExp(String.raw`\bon\s+(?:${MONTH_WORD}\s+\d{1,2}\b|\d{1,2}\s+${MONTH_WORD})`, 'i');
const isWarOrigin = (clause: string): boolean => WAR_ORIGIN.test(clause) && !ON_A_DAY.test(clause);

/** True when the clause tells the toll of a war that has ended or of the event that began a war: background. */
export function isEndedWarToll(clause: string, publishedAt: string): boolean {
  if (ONGOING.test(clause) || YEAR_TALLY.test(clause) || periodOfPassiveTally(clause, publishedAt)) return false;
  return ENDED_WAR.test(clause) || isWarOrigin(clause);
}

/** True when the clause tells a toll of a war that has ended, of the event that began a war, or of another year. */
export function isPastEventToll(clause: string, publishedAt: string): boolean {
  if (ONGOING.test(clause) || YEAR_TALLY.test(clause) || periodOfPassiveTally(clause, publishedAt)) return false;
  if (ENDED_WAR.test(clause) || isWarOrigin(clause)) return true;
  const published = Date.parse(publishedAt);
  for (const m of clause.matchAll(DATED)) {
    const year = /last year/i.test(m[2]) ? Number(publishedAt.slice(0, 4)) - 1 : Number(m[2]);
    const month = m[1] ? MONTH_NAMES.indexOf(m[1].toLowerCase()) : 11;
    // The period named ends more than a month before publication: another year's event.
    const end = Date.UTC(year, month + 1, 1);
    if (published - end > 31 * 86_400_000) return true;
  }
  return false;
}
