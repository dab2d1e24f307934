import type { CasualtyFigure, ReportReading } from './casualty-figure';
import { countAttackersOneByOne } from './attackers-one-by-one';
import { findBrokenDownFigure, findRestatement, splitWholeAndParts } from './breakdowns';
import { hasNonConflictCause, namesViolence, speaksOfConflict } from './conflict-context';
import { clauseAt, readFigureKind } from './figure-kind';
import { ReportPlaces } from './figure-places';
import { isPastEventToll } from './past-events';
import { foldPartsIntoHeadlines } from './regional-parts';
import { publicationDay, resolveEventDayOfReport, resolveIncidentDay, resolveUpdatedIncidentDay } from './report-dates';
import { foldRetoldToll } from './superseded-tolls';
import { readSentenceFigures, type SentenceFigure } from './sentence-figures';
import { namedOrganisations, readSource } from './source-attribution';
import { findDateline, splitSentences, type Sentence } from './split-sentences';
import { MAX_FIGURES_PER_REPORT, MAX_REPORT_CHARS, ReadingTooCostly } from './reading-bounds';

export interface ReadReportOptions {
  /** ISO time the report was published: every relative date is resolved against it. */
  publishedAt: string;
  /** Asked between sentences: true stops the reading with ReadingTooCostly (the caller owns the clock). */
  overBudget?: () => boolean;
}

// "Thousands of families have fled toward Kurdish-held areas": displacement told in the present perfect, with no
// day of its own, belongs to the tally or incident just reported; alone, it is a running tally.
const DISPLACED_PERFECT = /\b(?:have|has)\s+(?:\w+\s+)?(?:fled|been displaced|been forced|been uprooted)\b/i;

/** Read a conflict report as a careful human coder does: its casualty and displacement figures. */
export function readReport(fullText: string, options: ReadReportOptions): ReportReading {
  const text = fullText.length > MAX_REPORT_CHARS ? fullText.slice(0, MAX_REPORT_CHARS) : fullText;
  if (!speaksOfConflict(text)) return { figures: [] };
  const { publishedAt } = options;
  const dateline = findDateline(text);
  const places = new ReportPlaces(text, dateline);
  const organisations = namedOrganisations(text);
  const figures: CasualtyFigure[] = [];
  const sentenceOf = new Map<CasualtyFigure, number>();
  let lastIncidentDay: string | null = null;
  let disasterLead: boolean | null = null;
  const undatedLead: CasualtyFigure[] = [];
  const eventDay = resolveEventDayOfReport(text, publishedAt);

  const sentences = splitSentences(text);
  for (const sentence of sentences) {
    if (options.overBudget?.()) throw new ReadingTooCostly(sentence.index);
    // "Flash floods ... left 19 people dead. ... 45,000 people had been displaced": after a lead about a flood or a
    // quake, a figure with no violent act of its own belongs to the disaster too.
    if (hasNonConflictCause(sentence.text)) {
      if (disasterLead === null && readSentenceFigures(sentence.text).length) disasterLead = true;
      continue;
    }
    if (disasterLead && !namesViolence(sentence.text)) continue;
    const read = readSentenceFigures(sentence.text);
    // "KHARTOUM, June 10 (Reuters) -" dates the wire, not the deaths.
    const datable =
      dateline && sentence.start < dateline.end
        ? ' '.repeat(dateline.end - sentence.start) + sentence.text.slice(dateline.end - sentence.start)
        : sentence.text;
    if (!read.length) {
      // "The army said Monday it had killed 70 militants ... The operation was carried out early Sunday": a lead
      // with no day of its own takes the day the next sentences give the event.
      const day =
        undatedLead.length && sentence.index <= LEAD_DATED_WITHIN && EVENT_DAY.test(datable) && !/\bsince\b/i.test(datable)
          ? resolveIncidentDay(datable, publishedAt)
          : null;
      if (day) for (const f of undatedLead.splice(0)) f.date = lastIncidentDay = day;
      continue;
    }
    disasterLead ??= false;
    const previous = figures[figures.length - 1];
    const previousGap = previous ? sentence.index - (sentenceOf.get(previous) ?? -10) : 99;
    const previousSince = previous?.kind === 'cumulative' && previousGap <= 2 ? previous.since : null;
    const sentenceDay = resolveIncidentDay(datable, publishedAt);
    const where = places.placesIn(sentence.start, sentence.end);
    const source = readSource(sentence.text, organisations);

    const fresh: CasualtyFigure[] = [];
    for (const r of read) {
      if (r.subgroupOf) {
        // The nearest figure first: this sentence's own, latest first, then the report's latest.
        const whole = [...figures, ...fresh].reverse().find((f) => r.subgroupOf === 'any' || f.metric === r.subgroupOf) ?? fresh[fresh.length - 1];
        whole?.breakdown.push({ group: r.group, value: r.value });
        continue;
      }
      const clause = clauseAt(datable, r.start);
      if (isPastEventToll(clause, publishedAt)) continue;
      // "On Monday evening we had counted 29 dead. Today we are at 41": a count the report's update replaces.
      if (COUNTED_BEFORE.test(clause) && figures.some((e) => e.isUpdate && e.metric === r.metric && e.value > r.value)) continue;
      // "The army said the strike killed a senior commander": one named victim of a strike already counted.
      if (r.onePerson && ALREADY_TOLD.test(clause) && figures.some((e) => e.kind === 'incident' && e.metric === r.metric && e.value > 1)) continue;
      let kind = readFigureKind(clause, publishedAt, previousSince);
      if (kind.kind === 'incident' && r.metric === 'displaced' && DISPLACED_PERFECT.test(clause) && !sentenceDay) {
        // "more than 360,000 Haitians have fled their homes": a nation's displaced are a national stock.
        const national = /(?:^|\s)[A-Z][\p{L}]+$/u.test(r.group) || NATIONAL_SCOPE.test(clause);
        kind =
          !national && previous && previousGap <= 2 && previous.kind === 'incident' ? kind : { kind: 'cumulative', since: null, samePeriod: true };
      }
      // "received 96 wounded patients since Saturday" after "killed at least 40 people on Sunday": beside an
      // incident the report has already dated, a short span counts more than that incident: a tally.
      if (kind.shortSpan && lastIncidentDay !== null) kind = { kind: 'cumulative', since: kind.since, samePeriod: false };
      // "The fighting has also forced 12,000 people to flee" after "has killed 40 people since Tuesday": the
      // same few days, so the same incident, in the places already named.
      const continues = kind.kind === 'cumulative' && kind.samePeriod && previous !== undefined && previousGap <= 2 && shortSpanFigures.has(previous);
      if (continues)
        kind = {
          kind: 'incident',
          since: null,
          samePeriod: false,
          shortSpan: true,
        };
      // "More than 95,000 people have been displaced" right after a tally since October 8: told in the present
      // perfect with no day of its own, a figure beside a running tally is another tally of the same period.
      if (
        kind.kind === 'incident' &&
        previous?.kind === 'cumulative' &&
        previousGap <= 1 &&
        !sentenceDay &&
        !r.isUpdate &&
        PERFECT_TALLY.test(clause.slice(Math.max(0, r.end - 10)))
      )
        kind = { kind: 'cumulative', since: previous.since, samePeriod: true };
      const isIncident = kind.kind === 'incident';
      const attackDay = kind.sinceAttack ? [...figures, ...fresh].find((f) => f.kind === 'incident')?.date : undefined;
      const day: string | null = !isIncident
        ? null
        : attackDay
          ? attackDay
          : r.isUpdate
            ? (resolveUpdatedIncidentDay(clause, publishedAt) ??
              lastIncidentDay ??
              eventDay ??
              resolveIncidentDay(clause, publishedAt) ??
              sentenceDay ??
              null)
            : (resolveIncidentDay(clause, publishedAt) ?? sentenceDay ?? lastIncidentDay ?? null);
      const undated = isIncident && day === null;
      if (day) lastIncidentDay = day;
      const figure = toFigure(r, sentence, {
        kind: kind.kind,
        since: isIncident ? null : (kind.since ?? (kind.samePeriod ? previousSince : null)),
        date: continues && previous?.date ? previous.date : (day ?? (isIncident ? publicationDay(publishedAt) : null)),
        ...(continues && previous && !where.places.length && where.country === previous.country
          ? { country: previous.country, places: previous.places }
          : where),
        source,
      });
      if (kind.shortSpan) shortSpanFigures.add(figure);
      if (undated && !continues && figures.length + fresh.length === undatedLead.length) undatedLead.push(figure);
      else if (!undated) undatedLead.length = 0;
      clauseOf.set(figure, clause);
      if (r.coordinated) coordinated.add(figure);
      figure.isUpdate = r.isUpdate && isIncident;
      sentenceOf.set(figure, sentence.index);
      fresh.push(figure);
    }
    const before = `${sentences[sentence.index - 1]?.text ?? ''} ${sentence.text.slice(0, (fresh[0]?.span.start ?? sentence.start) - sentence.start)}`;
    const attackers = countAttackersOneByOne(fresh, before, sentence.start, (f) => groupOf.get(f) ?? f.victims);
    if (attackers) fresh.splice(0, fresh.length, attackers);
    const split = splitWholeAndParts(fresh);
    if (split) {
      split.whole.breakdown.push(
        ...split.parts.map((p) => ({
          group: groupOf.get(p) ?? p.victims,
          value: p.value,
        })),
      );
      fresh.splice(0, fresh.length, split.whole);
    }
    const brokenDown = findBrokenDownFigure(fresh, figures);
    if (brokenDown) {
      brokenDown.breakdown.length = 0;
      brokenDown.breakdown.push(
        ...fresh.map((p) => ({
          group: groupOf.get(p) ?? p.victims,
          value: p.value,
        })),
      );
      for (const p of where.places) if (!brokenDown.places.includes(p)) brokenDown.places.push(p);
      brokenDown.source ??= source;
      continue;
    }
    // "22 soldiers and 25 civilians have been killed": parts with no total are one figure of their sum.
    const partsOnly = sumOfParts(fresh);
    if (partsOnly) fresh.splice(0, fresh.length, partsOnly);
    for (const f of fresh) {
      const told = findRestatement(f, figures);
      if (told) {
        told.source ??= f.source;
        continue;
      }
      if (foldRetoldToll(f, clauseOf.get(f) ?? '', figures, sentenceOf, sentence.index)) continue;
      figures.push(f);
    }
  }
  return {
    figures: foldPartsIntoHeadlines(figures, withoutRoundUps(figures), {
      clauseOf: (f) => clauseOf.get(f) ?? '',
      groupOf: (f) => groupOf.get(f) ?? f.victims,
    }).slice(0, MAX_FIGURES_PER_REPORT),
  };
}

// The lead's day may be given by the sentences just after it, never further down the report.
const LEAD_DATED_WITHIN = 2;
// ... by a day named as the event's: "early Sunday", "late on Monday", "on Wednesday morning", "on 14 January".
const EVENT_DAY =
  /\b(?:(?:[Oo]n|[Ee]arly|[Ll]ate|[Ll]ate on|[Ee]arly on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})|[Yy]esterday)\b/;
const PERFECT_TALLY = /^[^.;]*?\b(?:have|has)\s+(?:also\s+)?been\s+(?:killed|displaced|evacuated|uprooted|wounded|injured|forced)\b/i;
// "have been displaced across Haiti", "nationwide": a count over the whole country.
const NATIONAL_SCOPE = /\b(?:across|throughout) (?:the country|[A-Z][\p{L}]+)\b|\bnationwide\b/u;
const COUNTED_BEFORE = /\bhad\s+(?:\w+\s+)?(?:counted|recorded|registered|tallied)\b/i;
const ALREADY_TOLD = /^(?:[^,]*\s)?the (?:strike|attack|blast|bombing|raid|shelling|explosion|ambush)\s+(?:also\s+)?(?:killed|wounded|injured)\b/i;
// "Russian attacks killed seven people and injured 41 others across Ukraine over the past day": a national
// round-up whose regional incidents the report goes on to give is their sum, not another incident.
const ROUND_UP = /\b(?:across (?:the country|[A-Z][\p{L}]+)|nationwide|countrywide|in total|over the past (?:day|24 hours))\b/iu;

function withoutRoundUps(figures: CasualtyFigure[]): CasualtyFigure[] {
  return figures.filter((f, i) => {
    if (f.kind !== 'incident' || !ROUND_UP.test(clauseOf.get(f) ?? '')) return true;
    // Militants killed by troops are not among the people "attacks killed".
    const later = figures
      .slice(i + 1)
      .filter((g) => g.kind === 'incident' && g.metric === f.metric && g.sentence !== f.sentence && g.victims !== 'militants');
    return later.length < 2 || later.reduce((sum, g) => sum + g.value, 0) !== f.value;
  });
}

const groupOf = new WeakMap<CasualtyFigure, string>();
const clauseOf = new WeakMap<CasualtyFigure, string>();
const coordinated = new WeakSet<CasualtyFigure>();
const shortSpanFigures = new WeakSet<CasualtyFigure>();

const SEPARATE = /\bseparate\b|\b(?:two|three|four|several) (?:\w+ )?(?:attacks|incidents|strikes|raids|ambushes)\b/i;

function sumOfParts(fresh: CasualtyFigure[]): CasualtyFigure | null {
  // "49 civilians and 15 soldiers were killed in two separate attacks" stay two figures.
  if (fresh.length !== 2 || !fresh.every((f) => coordinated.has(f)) || SEPARATE.test(fresh[0].sentence)) return null;
  const [a, b] = fresh;
  if (a.metric !== b.metric || a.kind !== b.kind || a.date !== b.date || a.victims === b.victims) return null;
  return {
    ...a,
    value: a.value + b.value,
    victims: 'people',
    breakdown: fresh.map((p) => ({ group: groupOf.get(p) ?? p.victims, value: p.value })),
    span: { start: a.span.start, end: b.span.end },
  };
}

function toFigure(
  r: SentenceFigure,
  sentence: Sentence,
  context: Pick<CasualtyFigure, 'kind' | 'since' | 'date' | 'country' | 'places' | 'source'>,
): CasualtyFigure {
  const figure: CasualtyFigure = {
    kind: context.kind,
    metric: r.metric,
    value: r.value,
    qualifier: r.qualifier,
    vague: r.vague,
    victims: r.victims,
    breakdown: [],
    date: context.date,
    since: context.since,
    country: context.country,
    places: [...context.places],
    source: context.source,
    isUpdate: r.isUpdate,
    sentence: sentence.text,
    span: { start: sentence.start + r.start, end: sentence.start + r.end },
  };
  groupOf.set(figure, r.group);
  return figure;
}
