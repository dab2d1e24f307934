import { readFigureKind, startOfTheBout, type KindReading } from '../figure-kind';
import { type FigureInReading, isSubgroup, type KindNotes, type Pass, revise, withFigures } from '../reading';
import { ATTACK_NOUNS, MONTHS } from '../lexicon';
import { daysBefore, resolveIncidentDay, resolveSince } from '../report-dates';

const SINCE_THEN = /\bsince then\b/i;
// "killed 54 Ugandan soldiers at their base", "51 soldiers were killed in February at Deou", "a single two-day operation in
// Nur Shams": one site hit, or one operation, is one attack of that month.
const ONE_SITE =
  /\bat (?:their|its|his|an?|the) (?:\w+ )?(?:base|camp|checkpoint|post|outpost|barracks|market|mosque|church|school|prison|jail|hotel|hospital)\b(?!s)|(?<!\b(?:pointing|pointed|looking|looked|aimed|directed|blame[sd]?)\s)\bat [A-Z][\p{Ll}'’-]+\b|\bon an island\b|\ba single\b/u;
const MONTH_DAYS = 31;
// How many sentences back "since then" may point.
const THEN_WITHIN = 3;
// "Thousands of families have fled toward Kurdish-held areas": displacement told in the present perfect, with no
// day of its own, belongs to the tally or incident just reported; alone, it is a running tally.
const DISPLACED_PERFECT = /\b(?:have|has)\s+(?:\w+\s+)?(?:fled|been displaced|been forced|been uprooted)\b/i;
// "have been displaced across Haiti", "inside the country", "nationwide": a count over the whole country.
const NATIONAL_SCOPE = /\b(?:across|throughout|inside|within) (?:the country|[A-Z][\p{L}]+)\b|\bnationwide\b/u;
const PERFECT_TALLY =
  /^[^.;]*?\b(?:have|has)\s+(?:also\s+)?(?:been\s+(?:killed|displaced|evacuated|uprooted|wounded|injured|forced)|died|perished|lost their lives)\b/i;

// "... has killed around 609 people in Lebanon, according to an AFP tally. On the Israeli side, Tel Aviv has announced
// the deaths of at least 24 soldiers and 26 civilians": the other side's losses of the same war.
const OTHER_SIDE = /^\W*(?:On|For)\s+the\s+(?:[A-Z][\p{L}-]+|other|opposing)\s+side\b/u;
const RECORD_KEPT =
  /\b(?:has|have)\s+(?:so far\s+|now\s+)?(?:recorded|registered|documented|verified|logged|tallied)\s+(?:(?:more than|over|at least|some|about|nearly|almost|a total of)\s+)?$/i;
const MONTH_OF_COUNT = new RegExp(String.raw`\b(?:in|during) (?:early |mid-?|late )?(?:${MONTHS})\b(?!\s+\d)`, 'i');
// "In September alone", "so far", "over several days in early November": the month's count is a tally after all.
const MONTH_TALLY_WORDS = /\b(?:alone|so far|since)\b|\b(?:over|during|across)\s+(?:the\s+)?(?:several|a few|many|\w+)\s+(?:days|weeks|months)\b/i;
// The lead of a report is its headline and first two sentences.
const LEAD_SENTENCES = 2;
// "in street clashes", "in protests": many events; "in the latest attacks", "in twin bombings" are the report's own.
const MANY_EVENTS =
  /^[^.;]*?\bin\s+(?!(?:the\s+)?(?:latest|recent|fresh|new|twin|coordinated|simultaneous|these|those|overnight)\b)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:clashes|protests|attacks|raids|air ?strikes|bombings|unrest|demonstrations)\b/i;

// "since militants shot dead three policemen", "since gunmen killed 12 villagers in": "since", a doer and a verb of harm
// before the count.
const EVENT_SINCE =
  /\bsince\s+(?:(?!(?:has|have|had|been)\b)[\w'’-]+\s+){1,4}?(?:killed|shot dead|shot|gunned down|massacred|slaughtered|murdered|executed|abducted|kidnapped|wounded|injured|attacked|ambushed|stormed|raided)\s+(?:(?:at least|more than|some|about|nearly|over)\s+)?$/i;

// "has killed 18 fighters since the group was blamed for a Dec. 3 bombing during a Mass ... that killed four people and
// wounded 50 others": the counts of a relative clause on the attack "since" dates from are that attack's.
const EVENT_SINCE_THAT = new RegExp(
  String.raw`\bsince\s+(?:[^.;]|\.(?=\s\d))*?\b(?:${ATTACK_NOUNS})\b(?:[^.;]|\.(?=\s\d))*?\b(?:that|which|in which)\s+(?!(?:has|have)\b)[^.;]{0,60}$`,
  'i',
);

/**
 * Incident or running tally, and since when: "more than 370,000 since 2011" is a tally, "killed 70 on Saturday"
 * an incident. Read from the figure's clause (figure-kind.ts), then from its neighbours: a displaced count in
 * the present perfect beside an incident is that incident's, a short span beside a dated incident is a tally,
 * a count of the same few days continues the span before it, a present-perfect count right after a tally is
 * another tally of that period.
 */
export const figureKinds: Pass = {
  name: 'figure-kinds',
  reads: 'incident or running tally, and the tally\'s start: from the clause ("since 2011", "so far") and from the figure before',
  apply(reading) {
    const { publishedAt } = reading;
    const sentenceDay = dayOfSentence(reading);
    const out: FigureInReading[] = [];
    // Whether an incident before this figure has a day of its own: then a short span is a tally beside it.
    let dayTold = false;
    // The start a sentence names ("since Feb. 1, 2021, when the army took power"), when it is more than a month back.
    const startToldBefore = (at: number): string | null => {
      for (let i = at - 1; i >= Math.max(0, at - THEN_WITHIN); i--) {
        const before = reading.sentences[i].datable;
        const since = before.match(/\bsince\b(?!\s+then\b)/i);
        if (!since) continue;
        const start = resolveSince(before.slice((since.index ?? 0) + 5), publishedAt);
        return start && daysBefore(start, publishedAt) > MONTH_DAYS ? start : null;
      }
      return null;
    };
    for (const f of reading.figures) {
      if (isSubgroup(f)) {
        out.push(f);
        continue;
      }
      // The figure before: the last one of an earlier sentence.
      const previous = [...out].reverse().find((e) => e.at < f.at && !isSubgroup(e));
      const previousGap = previous ? f.at - previous.at : 99;
      const previousSince = previous?.kind === 'cumulative' && previousGap <= 2 ? previous.since : null;
      const day = sentenceDay(f.at);
      // The clause from just before the count ("have been killed" reads after it), and from the count's end.
      const sentence = reading.sentences[f.at];
      const clauseAt = sentence.datable.indexOf(f.clause);
      const countEnd = f.span.end - sentence.start - clauseAt;
      const perfectAfterCount = PERFECT_TALLY.test(f.clause.slice(Math.max(0, countEnd - 10)));
      // "have been on high alert since militants shot dead three policemen on Monday": the count is told in the event
      // that "since" dates from, an incident of its own, not a tally since it.
      const beforeCount = f.clause.slice(0, Math.max(0, f.span.start - sentence.start - clauseAt));
      const told = EVENT_SINCE.test(beforeCount) || EVENT_SINCE_THAT.test(beforeCount) ? f.clause.replace(/\bsince\b/i, 'after') : f.clause;
      let kind: KindReading = readFigureKind(told, publishedAt, previousSince);
      let why = kind.kind === 'cumulative' ? `tally read in "${f.clause.slice(0, 80)}"` : '';
      // "Myanmar has been in upheaval since Feb. 1, 2021 ... the number killed by security forces since then at more than
      // 7,700": "since then" counts from the start the sentence before names, a tally when that start is months back.
      const thenStart = kind.kind === 'incident' && !f.isUpdate && !day && f.at > 0 && SINCE_THEN.test(f.clause) ? startToldBefore(f.at) : null;
      if (thenStart) {
        kind = { kind: 'cumulative', since: thenStart, samePeriod: false };
        why = `"since then", months after ${thenStart}: a tally`;
      }
      if (kind.kind === 'incident' && f.metric === 'displaced' && DISPLACED_PERFECT.test(f.clause) && !day) {
        // "more than 360,000 Haitians have fled their homes": a nation's displaced are a national stock.
        const national = /(?:^|\s)[A-Z][\p{L}]+$/u.test(f.group) || NATIONAL_SCOPE.test(f.clause);
        // "the toll from the weekend's attack now stands at 105, and 10,000 people in the area have fled": told beside an
        // attack's toll in its own sentence, the flight is that attack's.
        // "over 3,000 civilians have fled ... after three days of heavy fighting, fighting that killed one villager": the toll
        // may come after the flight in the sentence (eval/real25 Rakhine).
        const besideAToll =
          out.some((e) => e.at === f.at && e.kind === 'incident' && !isSubgroup(e) && e.metric !== 'displaced') ||
          reading.figures.some(
            (g) =>
              g.at === f.at &&
              g.span.start > f.span.start &&
              !isSubgroup(g) &&
              g.metric !== 'displaced' &&
              readFigureKind(g.clause, publishedAt, null).kind === 'incident',
          );
        if (national || !((previous && previousGap <= 2 && previous.kind === 'incident') || besideAToll)) {
          kind = { kind: 'cumulative', since: null, samePeriod: true };
          why = 'displacement told in the present perfect: a stock';
        }
      }
      // "received 96 wounded patients since Saturday" after "killed at least 40 people on Sunday": beside an
      // incident the report has already dated, a short span counts more than that incident: a tally.
      if (kind.shortSpan && dayTold) {
        kind = { kind: 'cumulative', since: kind.since, samePeriod: false };
        why = 'a short span beside an incident already dated: a tally';
      }
      // "The fighting has also forced 12,000 people to flee" after "has killed 40 people since Tuesday": the
      // same few days, so the same incident, in the places already named.
      const continues =
        kind.kind === 'cumulative' && kind.samePeriod && previous !== undefined && previousGap <= 2 && previous.notes.shortSpan === true;
      if (continues) {
        kind = { kind: 'incident', since: null, samePeriod: false, shortSpan: true };
        why = 'continues the span before it';
      }
      // "More than 95,000 people have been displaced" right after a tally since October 8: told in the present
      // perfect with no day of its own, a figure beside a running tally is another tally of the same period.
      if (
        kind.kind === 'incident' &&
        previous?.kind === 'cumulative' &&
        previousGap <= 1 &&
        !day &&
        !f.isUpdate &&
        (perfectAfterCount || OTHER_SIDE.test(sentence.datable))
      ) {
        kind = { kind: 'cumulative', since: previous.since, samePeriod: true };
        why = 'present perfect, or the other side, right after a tally: the same period';
      }
      // "No fewer than 104 civilians have been killed ... in street clashes with security forces", in the background of
      // a report on an attack: a count of many clashes over weeks, told in the present perfect with no day, is a tally.
      if (
        kind.kind === 'incident' &&
        f.at > LEAD_SENTENCES &&
        !day &&
        !f.isUpdate &&
        perfectAfterCount &&
        MANY_EVENTS.test(f.clause.slice(Math.max(0, countEnd)))
      ) {
        kind = { kind: 'cumulative', since: null, samePeriod: false };
        why = 'present perfect, in many clashes or attacks, in the background: a tally';
      }
      // "The mission has recorded 281 fatalities among its personnel": a record kept over time, with no day, is a tally.
      const countStart = f.span.start - sentence.start;
      if (kind.kind === 'incident' && !day && !f.isUpdate && RECORD_KEPT.test(sentence.datable.slice(Math.max(0, countStart - 60), countStart))) {
        kind = { kind: 'cumulative', since: null, samePeriod: false };
        why = 'a record kept over time ("has recorded"): a tally';
      }
      // "In January, no fewer than 100 people were killed in Tchombangou and Zaroumdareye, villages in western Niger", "Ten
      // soldiers were also killed in Boni in February": a month's count in named villages or towns is an attack of that
      // month recalled, not the month's tally of a country or a province.
      const clauseStart = sentence.start + Math.max(0, clauseAt);
      if (
        kind.kind === 'cumulative' &&
        !f.isUpdate &&
        MONTH_OF_COUNT.test(f.clause) &&
        !MONTH_TALLY_WORDS.test(f.clause) &&
        !perfectAfterCount &&
        (reading.places.namesSettlement(clauseStart, clauseStart + f.clause.length) || ONE_SITE.test(f.clause))
      ) {
        kind = { kind: 'incident', since: null, samePeriod: false };
        why = "a month's count in named villages or towns, or at one site: an attack of that month";
      }
      // "In March, the army said the KNF had killed one of its members and wounded two others": a month's count of one or
      // two people is what happened to them, recalled, never a month's tally (eval/real23).
      if (
        kind.kind === 'cumulative' &&
        !f.isUpdate &&
        f.value <= 2 &&
        !f.vague &&
        MONTH_OF_COUNT.test(f.clause) &&
        !MONTH_TALLY_WORDS.test(f.clause)
      ) {
        kind = { kind: 'incident', since: null, samePeriod: false };
        why = "a month's count of one or two people: what happened to them that month";
      }
      // "against more than 25,000 in 2006 and 22,000 in 2007": a year right after a tally's count is its own.
      const ownYear = sentence.datable.slice(f.span.end - sentence.start).match(/^\s+in\s+((?:19|20)\d\d)\b/);
      if (kind.kind === 'cumulative' && ownYear && Number(ownYear[1]) <= Number(publishedAt.slice(0, 4))) kind = { ...kind, since: ownYear[1] };
      // "the armed conflict on the Kyrgyz-Tajik border has left 24 Kyrgyz citizens dead ... The fighting on the border started
      // on September 14", three days before the report: a bout of days the report dates, not a war's tally.
      const bout =
        kind.kind === 'cumulative' && kind.since === null && !f.isUpdate && PROCESS_SUBJECT.test(f.clause)
          ? startOfTheBout(reading.text, publishedAt)
          : null;
      if (bout) {
        kind = { kind: 'incident', since: null, samePeriod: false };
        why = `a bout of fighting that started on ${bout}`;
      }
      const isIncident = kind.kind === 'incident';
      if (isIncident && (f.isUpdate || resolveIncidentDay(f.clause, publishedAt) || day)) dayTold = true;
      const notes: KindNotes = {
        shortSpan: kind.shortSpan,
        sinceAttack: kind.sinceAttack,
        samePeriod: kind.samePeriod,
        continues,
        spanSince: kind.since,
      };
      out.push(
        revise(
          f,
          {
            kind: kind.kind,
            since: isIncident ? null : (kind.since ?? (kind.samePeriod ? previousSince : null)),
            isUpdate: f.isUpdate && isIncident,
            notes,
          },
          why || undefined,
        ),
      );
    }
    return withFigures(reading, out);
  },
};

const PROCESS_SUBJECT =
  /\b(?:conflict|fighting|clashes|hostilities|violence)\b[^.;]{0,80}?\b(?:has|have)\s+(?:also\s+)?(?:left|killed|claimed|forced|displaced|driven|uprooted)\b/i;

/** The day each sentence names for an incident, read once per sentence. */
export const dayOfSentence = (reading: { sentences: readonly { datable: string }[]; publishedAt: string }) => {
  const days = new Map<number, string | null>();
  return (at: number): string | null => {
    if (!days.has(at)) days.set(at, resolveIncidentDay(reading.sentences[at].datable, reading.publishedAt));
    return days.get(at) ?? null;
  };
};
