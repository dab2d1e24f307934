import { ATTACK_NOUNS, CAPITALISED_WEEKDAYS, MONTH_WORD, ROSE_TO_VERBS, SAY_VERBS, WEEKDAYS } from '../lexicon';
import { parseNumber } from '../numbers';
import { isRecalledInCourt } from '../past-events';
import { type FigureInReading, isSubgroup, type Pass, revise, withFigures } from '../reading';
import {
  publicationDay,
  resolveEventDayOfReport,
  resolveEventReference,
  resolveIncidentDay,
  resolveToldAttackDay,
  resolveUpdatedIncidentDay,
  resolveWhenDate,
  shiftDays,
} from '../report-dates';
import { dayOfSentence } from './figure-kinds';

// "The army did not say when the attack happened", "it was not clear when": the day is not known.
const DAY_UNTOLD = /\b(?:did not|didn['’]t|would not|declined to)\s+say\s+when\b|\bnot (?:yet )?(?:clear|known)\s+when\b/i;
// The lead's day may be given by the sentences just after it, never further down the report.
const LEAD_DATED_WITHIN = 2;
const REFERENCE_WITHIN = 3;
const STORY_DAY_WITHIN = 6;
const RECENT_DAYS = 31;
// "the deaths, which come less than a week after nine civilians were killed by a drone": an incident the news is said to
// come after, whose day is no day of what follows.
const COMES_AFTER =
  /\b(?:comes?|came|follows|followed|coming)\s+(?:just\s+|only\s+|less than\s+|more than\s+|barely\s+|nearly\s+|about\s+|some\s+)?(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+)?(?:after|since)\b[^.;]*$/i;
const CAME_SPAN_AFTER_ANOTHER =
  /\b(?:comes?|came|follows|followed|coming)\s+(?:just\s+|only\s+|some\s+|about\s+)?(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?|months?)\s+after\s+(?:another|an earlier|a previous|a similar)\b/i;
// A sentence that opens on another incident: "In a separate attack", "Elsewhere", "Last week".
const SET_APART = /^\W*(?:in (?:a |another )?separate|separately|elsewhere|meanwhile|earlier|last (?:week|month|year)|in another|on the same day)\b/i;
// ... by a day named as the event's: "early Sunday", "late on Monday", "on Wednesday morning", "on 14 January", "in the
// early hours of Wednesday, June 5".
const EVENT_DAY = new RegExp(
  String.raw`\b(?:(?:[Oo]n|[Ee]arly|[Ll]ate|[Ll]ate on|[Ee]arly on|(?:in\s+)?the\s+(?:early\s+)?(?:hours|morning|evening|night)\s+of)\s+(?:${CAPITALISED_WEEKDAYS}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})|[Yy]esterday)\b`,
);

/**
 * The day of each incident, resolved against publication: the day its clause names ("on Saturday" is the
 * latest Saturday on or before publication), else its sentence's, else the day of the incident told just before.
 * An update ("the death toll rose to 45") is about an incident told earlier: "the toll from Monday's bombing",
 * or the report's event day ("Tuesday's blast"), not the day of the count. Flight "since the raid" is that raid's.
 * A lead with no day takes the day the next two sentences give the event ("The operation was carried out early
 * Sunday"). An incident whose day nothing gives is dated to the day the top of the report tells its attack on, else to the
 * publication day.
 */
const THAT_EVENT = new RegExp(String.raw`^\s*(?:That|This|The same)\s+(?:${ATTACK_NOUNS}|incident|shelling)\b`);
// "The operation, carried out on October 28, was aimed at the Penha and Alemao favelas. It left a total of 122 people
// dead": "it" is the event the sentence before told with its day (stories Y, Rio de Janeiro).
const IT_DID = /^\s*It\s+(?:has\s+|had\s+)?(?:also\s+)?(?:left|killed|claimed|wounded|injured|displaced)\b/;
const TOLL_AS_IT =
  /\b(?:put|puts|putting|placed?|places|estimated?|estimates|gave|give|gives)\s+it\s+at\s+(?:(?:at least|more than|over|some|about|nearly|almost)\s+)?$/i;

// "Sunday night's attack follows an October 2022 attack on the same shrine that killed 13 people": the count of the
// attack followed is of the month it names, not of the report's own attack.
const FOLLOWS_AN_EVENT = new RegExp(
  String.raw`\b(?:follows|followed|comes after|came after|after)\s+(?:an?|the)\s+((?:${MONTH_WORD}\s+)?(?:19|20)\d\d|${MONTH_WORD})\s+(?:[\w-]+\s+){0,2}?(?:${ATTACK_NOUNS})\b[^.;]*?\b(?:that|which)\s+(?:killed|left|wounded|injured)\s+$`,
  'i',
);

// "The day after the deadly attack on Poltava, Russian drones struck Lviv. Seven people died": what a sentence opens on
// happened that many days after the report's own attack, and so did its count, or the next sentence's. "A week after the
// worst bloodshed of its kind ..., residents on Friday (December 1) remembered the attack" (stories M, Rawda): a sentence
// that tells no new attack and opens so tells a day that span after the attack's.
const DAYS_AFTER_THE_EVENT = new RegExp(
  String.raw`^\W*(?:On\s+)?(the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?|months?)\s+after\s+(?:the|this|that|an?|its|their)\s+(?:[\w-]+\s+){0,6}?(?:${ATTACK_NOUNS}|shelling|killings?|massacre|bloodshed|shooting)\b`,
  'i',
);

const NEW_ATTACK_TOLD =
  /\b(?:struck|hit|attacked|bombed|shelled|stormed|raided|ambushed|targeted|opened fire|exploded|went off|blew up|killed|launched)\b/i;

/** How many days after the report's attack a sentence that opens so, and tells no new attack, is told. */
function daysSinceTheEventTold(sentence: string): number | null {
  const after = sentence.match(DAYS_AFTER_THE_EVENT);
  if (!after || NEW_ATTACK_TOLD.test(sentence.slice(after[0].length))) return null;
  return spanInDays(/^the$/i.test(after[1]) ? 'one' : after[1], after[2]);
}

function dayAfterTheEvent(sentence: string, eventDay: string | null | undefined): string | null {
  const after = sentence.match(DAYS_AFTER_THE_EVENT);
  // "A day after the devastating attack on the buses, the full scale of the disaster is becoming clear": no new event.
  if (!after || !eventDay || !NEW_ATTACK_TOLD.test(sentence.slice(after[0].length))) return null;
  // "The day after" is one day after.
  return shiftDays(eventDay, spanInDays(/^the$/i.test(after[1]) ? 'one' : after[1], after[2]));
}

function followedEventDay(beforeCount: string, publishedAt: string): string | null {
  const m = beforeCount.match(FOLLOWS_AN_EVENT);
  return m ? resolveIncidentDay(`in ${m[1]}`, publishedAt, { years: true }) : null;
}

function secondCountsDay(
  f: FigureInReading,
  figures: readonly FigureInReading[],
  sentence: { start: number; datable: string },
  publishedAt: string,
): string | null {
  const sameSentence = figures.filter((g) => g.at === f.at && g !== f && !isSubgroup(g) && g.metric === f.metric && g.value !== f.value);
  const previous = sameSentence.filter((g) => g.span.end <= f.span.start).sort((a, b) => b.span.end - a.span.end)[0];
  if (!previous) return null;
  const next = sameSentence.filter((g) => g.span.start > f.span.end).sort((a, b) => a.span.start - b.span.start)[0];
  const stretch = sentence.datable.slice(f.span.end - sentence.start, next ? next.span.start - sentence.start : undefined);
  // "... killed 67 people, and an assault on Garissa University in 2015 that took 147 lives": a day told between the
  // count before and this one, when none is told after it.
  // "climbed to eight on Friday, ... after the bodies of four drivers were found": the day after a toll that rose is the
  // day it rose, read with the rise before it (eval/real26 Kurram).
  const previousAt = previous.span.start - sentence.start;
  const rose = TOLL_ROSE_TO.test(sentence.datable.slice(Math.max(0, previousAt - 30), previousAt));
  const between = sentence.datable.slice(rose ? Math.max(0, previousAt - 30) : previous.span.end - sentence.start, f.span.start - sentence.start);
  return resolveIncidentDay(stretch, publishedAt, { years: true }) ?? resolveIncidentDay(between, publishedAt, { years: true });
}
const TOLL_ROSE_TO = new RegExp(String.raw`\b(?:${ROSE_TO_VERBS})\s+to\s+$`, 'i');

// "the 42 people killed", "the remains of the 41 dead": a count told as one the reader already knows.
const DAY_OPENS = new RegExp(String.raw`^\W*(?:(?:on|early|late|by|until)\s+)*(?:${WEEKDAYS}|yesterday|today)\b`, 'i');
// "... gave the nationalities of the 21 people who died in the attack": the toll of the report's own attack.
const OF_THE_ATTACK = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,2}?(?:(?:who|that)\s+)?(?:died|were killed|killed|dead|lost their lives)\s+(?:in|during)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${ATTACK_NOUNS})\b`,
  'i',
);
// "On Tuesday the state gave N30m to the families of those killed in the insurgent attack on Mafa, in Tarmuwa, in which
// 34 people died": the toll of an attack the sentence names, not of its day.
const TOLL_OF_THE_ATTACK_NAMED = new RegExp(String.raw`\b(?:${ATTACK_NOUNS})\b[^.;]{0,70}?\bin which\s+$`, 'i');
// "Of the 63 bodies taken to the mortuary, 58 were identified on Monday": the day is of what was done with them.
const OF_THE_KNOWN = /^\W*Of the\s+\S+\s+(?:bodies|dead|victims|people killed|wounded|injured)\b/i;
// "the ill-fated 148 killed in the attack": a word may describe them.
const KNOWN_TOLL_BEFORE = /\bthe\s+(?:(?:remains|bodies|families|funerals?|burials?)\s+of\s+(?:the\s+)?)?(?:[a-z]+-[a-z]+\s+)?$/i;

const LAST_WEEKS = /\blast week['’]s\b/i;
const THE_EVENT_OF_COUNT = /\bthe\s+(?:massacre|killings?|slaughter|deaths)\s+of\s+(?:(?:at least|more than|some|about|nearly)\s+)?$/i;

const WEEKEND = /\b(?:at|over|during|on)\s+the\s+weekend\b|\b(?:this|last)\s+weekend\b/i;
const ATTACK_WORD = new RegExp(String.raw`\b(?:${ATTACK_NOUNS}|bomb|attacked|struck|tore through|exploded|went off)`, 'i');

type DayFound = { day: string; basis: 'told' | 'referenced' | 'publication' };

export const incidentDays: Pass = {
  name: 'incident-days',
  reads: "an incident's day from its clause, its sentence, the incident before, or the sentences after an undated lead",
  apply(reading) {
    const { publishedAt } = reading;
    const sentenceDay = dayOfSentence(reading);
    // The day of a weekend (its Saturday, or the Sunday after it) that one of the next two sentences gives an attack.
    const weekendDayNamed = (at: number, saturday: string): string | null => {
      const sunday = shiftDays(saturday, 1);
      for (let i = at + 1; i <= at + LEAD_DATED_WITHIN && i < reading.sentences.length; i++) {
        if (!ATTACK_WORD.test(reading.sentences[i].text)) continue;
        const day = sentenceDay(i);
        if (day === saturday || day === sunday) return day;
      }
      return null;
    };
    const eventDay = resolveEventDayOfReport(reading.text, publishedAt);
    const topEventDay = (() => {
      const top = reading.sentences.slice(0, LEAD_DATED_WITHIN + 1).filter((s) => !s.lookAlike && !SET_APART.test(s.text));
      const day = resolveEventDayOfReport(top.map((s) => s.datable).join(' '), publishedAt);
      return day && isRecent(day, publishedAt) ? day : null;
    })();
    // "It happened on Sunday night during a military operation", "the air strike hit civilians during the celebration
    // on Sunday night": the day the top of a report tells its attack, with no count of its own, is the day of a count
    // the report gives no day, before the publication day is.
    const firstDay = (
      sentences: readonly { datable: string }[],
      read: (told: string, publishedAt: string) => string | null,
      fits: (day: string) => boolean = (day) => isRecent(day, publishedAt),
    ): string | null => {
      for (const sentence of sentences) {
        const day = read(sentence.datable, publishedAt);
        if (day && fits(day)) return day;
      }
      return null;
    };
    const storyDay = firstDay(
      reading.sentences.slice(0, STORY_DAY_WITHIN).filter((s) => !s.lookAlike && !SET_APART.test(s.text)),
      resolveToldAttackDay,
    );
    // A follow-up names its incident's day by reference, often a sentence or two after the count ("... more than 20
    // others were injured in the Sunday evening attack", "Friday's attack"): the first such day just after it.
    const referencedDay = (at: number): string | null => {
      for (let i = at; i <= at + REFERENCE_WITHIN && i < reading.sentences.length; i++) {
        const sentence = reading.sentences[i];
        if (i > at && SET_APART.test(sentence.text)) return null;
        // "The army did not say when the attack ... happened": the report says it does not know the day.
        if (DAY_UNTOLD.test(sentence.text)) return null;
        const day = resolveEventReference(sentence.datable, publishedAt);
        // "The strike ranks among the deadliest since the coup of Feb. 1, 2021": a day years back is a comparison, not
        // the day of a count the report tells as news.
        if (day && isRecent(day, publishedAt)) return day;
      }
      // "On that day, Nov. 29 last year, the rebels attacked the town ... According to UN data, over 170 civilians were
      // killed": the attack the sentence before tells with its day, months back when the text says so.
      const before = reading.sentences[at - 1];
      if (!before || before.counts > 0 || SET_APART.test(reading.sentences[at].text)) return null;
      const named = resolveEventReference(before.datable, publishedAt);
      // "Friday's attack came six weeks after another assault in the same region, on a camp at Nguetchewe. There, two
      // young suicide bombers killed 18 people" (story AA, Nguetchewe): the other assault's day, that far before.
      const gap = before.text.match(CAME_SPAN_AFTER_ANOTHER);
      const day = named && gap ? shiftDays(named, -spanInDays(gap[1], gap[2])) : named;
      // A day of the publication there is as likely what was said about the attack that day.
      if (!day || day >= publicationDay(publishedAt)) return null;
      return gap || isRecent(day, publishedAt) || /\blast year\b|\b(?:19|20)\d\d\b/.test(before.datable) ? day : null;
    };
    // The day the next sentences give an event by reference ("Friday night's attack on the party"), further on than a
    // follow-up's own day is looked for.
    const sentencesAfter = (at: number) => reading.sentences.slice(at + 1, at + 1 + STORY_DAY_WITHIN);
    const eventNamedLater = (at: number): string | null => firstDay(sentencesAfter(at), resolveEventReference);
    // A reference resolved to the 1st is a month told alone ("in May"), no day in it.
    const attackDayInMonth = (at: number, month: string): string | null =>
      firstDay(sentencesAfter(at), resolveEventReference, (day) => day.slice(0, 7) === month && !day.endsWith('-01'));
    const out: FigureInReading[] = [];
    // The report's own attack: its first incident dated so far.
    const firstIncidentDay = (): string | undefined => out.find((e) => e.kind === 'incident' && !isSubgroup(e))?.date ?? undefined;
    let lastIncidentDay: string | null = null;
    // A day passed on from the incident before keeps how that one was known: a publication day stays one.
    let lastBasis: 'told' | 'referenced' | 'publication' = 'referenced';
    // Figures of the lead with no day yet: a day named just after them is theirs.
    let undatedLead: number[] = [];
    let next = 0;
    for (const sentence of reading.sentences) {
      if (sentence.lookAlike) continue;
      if (sentence.counts === 0) {
        const day =
          undatedLead.length &&
          // Counted from the lead's own sentence: a byline, a date and summary bullets may come before it.
          sentence.index <= out[undatedLead[0]].at + LEAD_DATED_WITHIN &&
          EVENT_DAY.test(sentence.datable) &&
          !/\bsince\b/i.test(sentence.datable) &&
          !SET_APART.test(sentence.text) &&
          // "Early Thursday he was sentenced to 23 years in prison": the day of a court's act, not of the killings.
          !isRecalledInCourt(sentence.datable)
            ? resolveIncidentDay(sentence.datable, publishedAt)
            : null;
        // "The day after the deadly attack on Poltava, Russian drones and missiles struck Lviv."
        const after = dayAfterTheEvent(sentence.datable, firstIncidentDay() ?? storyDay);
        if (after && after <= publicationDay(publishedAt)) {
          lastIncidentDay = after;
          lastBasis = 'told';
          continue;
        }
        if (day) {
          for (const i of undatedLead)
            out[i] = revise(out[i], { date: day, dateBasis: 'told' }, `day of the lead from "${sentence.text.slice(0, 60)}"`);
          lastIncidentDay = day;
          lastBasis = 'told';
          undatedLead = [];
        }
        continue;
      }
      for (; next < reading.figures.length && reading.figures[next].at === sentence.index; next++) {
        const f = reading.figures[next];
        if (isSubgroup(f)) {
          // A part joins the figure before it; one with nothing to join ("at least 11 of its citizens were being treated
          // for injuries") is a count of its own, of the day of the figure before it or, failing one, the report's; the day is
          // not its own, so the ledger may still link it a day off.
          const whole = [...out].reverse().find((e) => !isSubgroup(e) && e.kind === 'incident');
          const day = whole?.date ?? storyDay ?? publicationDay(publishedAt);
          out.push(f.kind === 'incident' ? revise(f, { date: day, dateBasis: 'publication' }) : f);
          continue;
        }
        if (f.kind !== 'incident') {
          out.push(revise(f, { date: null }));
          // "Airstrikes have killed two civilians ... and have driven hundreds from their homes": a tally in the lead's own
          // sentence leaves its counts waiting for the day the next sentences tell (eval/real27 Myawaddy).
          if (!undatedLead.length || out[undatedLead[0]].at !== f.at) undatedLead = [];
          continue;
        }
        const clause = f.clause;
        const attackDay = f.notes.sinceAttack ? firstIncidentDay() : undefined;
        // "The toll from the three blasts stood at 40 on Saturday": a toll's day, like an update's, is the count's.
        const told = (day: string | null) => (day ? { day, basis: 'told' as const } : null);
        const referenced = (day: string | null) => (day ? { day, basis: 'referenced' as const } : null);
        const passedOn = (day: string | null) => (day ? { day, basis: lastBasis } : null);
        const sentence = reading.sentences[f.at];
        const atCount = f.span.start - sentence.start;
        const beforeCount = sentence.datable.slice(0, atCount);
        const whenDay = resolveWhenDate(beforeCount, publishedAt);
        // "... stormed a camp last week. That raid ... killed nine people": the day of the event the sentence before told.
        // "the toll from the incursion into Kota Okola last Monday has gone up. Civil society sources now put it at 20 dead":
        // a toll told as "it" is the one the sentence before dated (eval/real29 Beni).
        const pointedBack =
          (THAT_EVENT.test(sentence.datable) || TOLL_AS_IT.test(beforeCount) || IT_DID.test(sentence.datable)) && f.at > 0
            ? resolveIncidentDay(reading.sentences[f.at - 1].datable, publishedAt)
            : null;
        // "Thirty-one were slaughtered on February 14, ... after 160 were massacred in that village in March 2019": a
        // second count of the same sentence takes the day told after it, before any later count.
        // "Their deaths came the day after 25 American troops were killed on Saturday": a day told right after the count is its
        // own, before any span counted from another (eval/real28 Baghdad).
        const spanDay =
          statedDaysAfter(beforeCount, publishedAt) ?? daysBeforeTheDayTold(beforeCount, publishedAt, pointedBack ?? lastIncidentDay ?? storyDay);
        const dayToldRightAfter = () => resolveIncidentDay(sentence.datable.slice(f.span.end - sentence.start).split(/[,;]/)[0], publishedAt);
        const ownDay =
          dayAfterTheEvent(beforeCount, firstIncidentDay() ?? storyDay) ??
          followedEventDay(beforeCount, publishedAt) ??
          (spanDay && !dayToldRightAfter() ? spanDay : null) ??
          secondCountsDay(f, reading.figures, sentence, publishedAt) ??
          spanBeforeTheDayTold(beforeCount, lastIncidentDay);
        // "On Sunday the town was getting ready to bury the 42 people killed when rebels attacked a school": a toll told
        // as known ("the 42") is dated by its attack, not by the day of what the sentence says is done about it.
        // Only a day that opens the sentence is the day of what is done: "in 2015, killing the 224 people aboard" dates them.
        const knownToll: DayFound | null =
          (DAY_OPENS.test(sentence.datable) ||
            OF_THE_KNOWN.test(sentence.datable) ||
            OF_THE_ATTACK.test(sentence.datable.slice(f.span.end - sentence.start))) &&
          (KNOWN_TOLL_BEFORE.test(sentence.datable.slice(Math.max(0, atCount - 20), atCount)) ||
            TOLL_OF_THE_ATTACK_NAMED.test(sentence.datable.slice(Math.max(0, atCount - 90), atCount))) &&
          !resolveToldAttackDay(sentence.datable, publishedAt)
            ? (referenced(eventDay) ??
              referenced(referencedDay(f.at + 1)) ??
              (lastBasis === 'told' ? passedOn(lastIncidentDay) : null) ?? {
                day: storyDay ?? publicationDay(publishedAt),
                basis: 'publication' as const,
              })
            : null;
        // "Two men's bodies turned up on Tuesday, and police suspect the pair took part in the massacre of 14 young people at a
        // birthday party": an event told as known by its count, after a day that is another event's, is dated where the
        // report names that event's day ("Friday night's attack on the party"), not by the sentence's day (eval/real19 Juarez).
        const knownEvent =
          THE_EVENT_OF_COUNT.test(beforeCount.slice(-40)) && resolveIncidentDay(beforeCount, publishedAt) !== null
            ? referenced(eventNamedLater(f.at))
            : null;
        let found: DayFound | null =
          knownToll ??
          knownEvent ??
          told(ownDay) ??
          told(whenDay) ??
          told(pointedBack) ??
          told(attackDay ?? null) ??
          (f.isUpdate || f.toll
            ? (told(resolveUpdatedIncidentDay(clause, publishedAt)) ??
              passedOn(lastIncidentDay) ??
              referenced(eventDay) ??
              referenced(referencedDay(f.at)) ??
              told(resolveIncidentDay(clause, publishedAt)) ??
              told(sentenceDay(f.at)))
            : (told(resolveIncidentDay(clause, publishedAt, { years: true })) ??
              told(sentenceDay(f.at)) ??
              (CAME_SPAN_AFTER_ANOTHER.test(reading.sentences[f.at - 1]?.text ?? '') ? null : passedOn(lastIncidentDay)) ??
              referenced(referencedDay(f.at))));
        // "the 51 people killed in last week's air strike ... On Thursday two air strikes struck a school bus": a week told
        // only as last week's takes the day the next sentences give the attack in it (stories W, Dahyan).
        // "A week after the worst bloodshed of its kind ..., residents on Friday (December 1) remembered the attack on Al
        // Rawdah mosque, where assailants gunned down more than 300 people" (stories M, Rawda): the day told is the
        // remembrance, the span before it the attack's.
        const sinceTheEvent: number | null = found?.basis === 'told' ? daysSinceTheEventTold(sentence.text) : null;
        if (found && sinceTheEvent) found = { day: shiftDays(found.day, -sinceTheEvent), basis: 'referenced' };
        const dayInTheWeek: string | null = found && LAST_WEEKS.test(clause) ? referencedDay(f.at + 1) : null;
        if (found && dayInTheWeek && Math.abs(Date.parse(dayInTheWeek) - Date.parse(found.day)) <= 6 * 86_400_000)
          found = { day: dayInTheWeek, basis: 'told' };
        // "A church bombing at the weekend ... killed 14. A bomb tore through a church on Sunday in Kasindi": the weekend
        // is its Saturday only until the next sentences name which day of it.
        const day = found && WEEKEND.test(clause) ? (weekendDayNamed(f.at, found.day) ?? found.day) : (found?.day ?? null);
        // A recalled incident of another month ("In November, ISIS was blamed for ...") passes its day to nothing after it,
        // nor does one the news is said to come after ("the deaths, which come less than a week after nine civilians were
        // killed by a drone").
        if (found && day && isRecent(day, publishedAt) && !COMES_AFTER.test(beforeCount)) {
          lastIncidentDay = day;
          lastBasis = found.basis;
        }
        const previous = [...out].reverse().find((e) => e.at < f.at && !isSubgroup(e));
        const inherited = f.notes.continues && previous?.date;
        // The story's day stands in as the publication day would: the count itself was given no day, so the ledger may
        // still link it to an incident a day or two off.
        // "Russia says Monday's strike in Ukraine targeted a weapons depot" atop a report whose toll names no day: the
        // event the report's top names by its day, before the publication day.
        const standIn = (!SET_APART.test(sentence.text) && (storyDay ?? topEventDay)) || publicationDay(publishedAt);
        // "Israeli strikes have killed at least 48 Palestinians since Tuesday": a fight of a few days is dated by its first.
        const spanStart = f.notes.shortSpan && f.notes.spanSince?.length === 10 ? f.notes.spanSince : null;
        const date = inherited ? previous.date : (day ?? spanStart ?? standIn);
        const basis = inherited ? (previous.dateBasis ?? 'referenced') : (found?.basis ?? (spanStart ? 'referenced' : 'publication'));
        // "Early in May, 30 people were killed": the first of the month stands for a day the text does not give.
        const dateBasis =
          basis === 'told' && !inherited && date !== null && namesOnlyMonth(clause, reading.sentences[f.at].datable, date, publishedAt)
            ? 'month'
            : basis;
        // "the killing of 46 civilians ... almost two months ago ... the May 21 attacks happened at roughly the same time": a
        // count dated only by its month takes the day the next sentences name for an attack in that month (stories Y, Paoua).
        const dayInTheMonth = dateBasis === 'month' && date ? attackDayInMonth(f.at, date.slice(0, 7)) : null;
        if (dayInTheMonth) {
          out.push(revise(f, { date: dayInTheMonth, dateBasis: 'referenced' }, 'a month-dated count: the day named later for an attack in it'));
          undatedLead = [];
          continue;
        }
        const undated = day === null;
        if (undated && !f.notes.continues && out.filter((e) => !isSubgroup(e)).length === undatedLead.length) undatedLead.push(out.length);
        else if (!undated) undatedLead = [];
        out.push(revise(f, { date, dateBasis }, undated ? 'no day told: the publication day' : undefined));
      }
    }
    return withFigures(reading, out);
  },
};

const isRecent = (day: string, publishedAt: string): boolean => Math.abs(Date.parse(day) - Date.parse(publishedAt)) <= RECENT_DAYS * 86_400_000;

function namesOnlyMonth(clause: string, sentence: string, date: string, publishedAt: string): boolean {
  if (!date.endsWith('-01')) return false;
  const from = [clause, sentence].find((text) => resolveIncidentDay(text, publishedAt) === date);
  return from !== undefined && resolveIncidentDay(from, publishedAt, { months: false }) === null && !/\b(?:1st|first)\b|\b1\b/.test(from);
}

// "killed dozens of militants on Friday, one day after Islamic State claimed a suicide bombing that killed more than 80",
// "a new attack on Friday (today), barely four days after they killed 195 people": the count of the after-clause is that
// many days before the day the sentence tells.
// "came barely 48 hours after two communities ... were attacked and 25 people killed": hours count in whole days; "came two
// years after a man drove a truck into a market in Berlin, killing 12 people": years in days too.
// ... and a name set off between commas ("two communities in Makurdi LGA, Mtswenem and Akondotyough Bawa, were attacked"),
// but not a clause of its own ("two days after the killings, the army's special unit ... killed a fighter").
const DAYS_AFTER =
  /\b(a|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?|hours|months?|years?)\s+after\b[^.;,]*(?:,\s*(?!(?:the|a|an|its|their|his|her)\s)[^.;,]{1,60},[^.;,]*)?(?:,\s*(?:killing|leaving|wounding|injuring|claiming)\s+[^.;,]*)?$/i;

/** "four days", "a week", "72 hours": a span told in words, in whole days. */
function spanInDays(count: string, unit: string): number {
  const n = /^an?$/i.test(count) ? 1 : (parseNumber(count.toLowerCase())?.value ?? 1);
  if (/^year/i.test(unit)) return n * 365;
  return /^hour/i.test(unit) ? Math.round(n / 24) : /^week/i.test(unit) ? n * 7 : /^month/i.test(unit) ? n * 30 : n;
}

// "Kenya's interior minister said on Sunday, a day after gunmen stormed an upscale mall, that 59 people had been killed":
// the attack the statement came a day after, and the count's.
const STATED_DAYS_AFTER = new RegExp(
  String.raw`\b(?:${SAY_VERBS})\s+(?:[\w-]+\s+){0,2}?on\s+(${WEEKDAYS}|${MONTH_WORD}\s+\d{1,2})\s*,\s*(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+after\s+[^.;]*?\b(?:${ATTACK_NOUNS}|attacked|stormed|raided|ambushed|bombed|struck|opened fire)\b[^.;]*$`,
  'i',
);

function statedDaysAfter(beforeCount: string, publishedAt: string): string | null {
  const stated = beforeCount.match(STATED_DAYS_AFTER);
  const day = stated ? resolveIncidentDay(`on ${stated[1]}`, publishedAt) : null;
  return stated && day ? shiftDays(day, -spanInDays(stated[2], stated[3])) : null;
}

// "The attack on Chinagodrar came a month after fighters raided nearby Inates and killed 71 soldiers", "That attack came
// two weeks after a shootout": the span is counted back from the attack last told when the sentence tells no day of its own.
const OWN_ATTACK_CAME = /\b(?:came|comes|happened|occurred)\s+(?:just\s+|barely\s+|only\s+)?$/i;

function daysBeforeTheDayTold(beforeCount: string, publishedAt: string, ownAttackDay: string | null | undefined): string | null {
  const after = beforeCount.match(DAYS_AFTER);
  if (!after) return null;
  const head = beforeCount.slice(0, after.index);
  const day = resolveIncidentDay(head, publishedAt) ?? (OWN_ATTACK_CAME.test(head) ? ownAttackDay : null);
  return day ? shiftDays(day, -spanInDays(after[1], after[2])) : null;
}

// "72 hours earlier, in Wulba, three Cameroonians ... died", "Two days before, gunmen killed ...": that span before the day
// of the incident told just before.
const SPAN_EARLIER =
  /\b(a|an|one|two|three|four|five|six|seven|\d+)\s+(hours?|days?|weeks?)\s+(?:earlier|before)\b(?!\s+(?:the|a|an|his|her|their|its|that|this)\b)/i;

function spanBeforeTheDayTold(beforeCount: string, lastDay: string | null): string | null {
  const earlier = lastDay ? beforeCount.match(SPAN_EARLIER) : null;
  if (!earlier || !lastDay) return null;
  const days = spanInDays(earlier[1], earlier[2]);
  return days > 0 ? shiftDays(lastDay, -days) : null;
}
