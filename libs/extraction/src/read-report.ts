import type { CasualtyFigure, ReportReading } from './casualty-figure';
import { findBrokenDownFigure, findRestatement, splitWholeAndParts } from './breakdowns';
import { hasNonConflictCause, speaksOfConflict } from './conflict-context';
import { readFigureKind } from './figure-kind';
import { ReportPlaces } from './figure-places';
import { publicationDay, resolveIncidentDay } from './report-dates';
import { readSentenceFigures, type SentenceFigure } from './sentence-figures';
import { namedOrganisations, readSource } from './source-attribution';
import { findDateline, splitSentences, type Sentence } from './split-sentences';

export interface ReadReportOptions {
  /** ISO time the report was published: every relative date is resolved against it. */
  publishedAt: string;
}

/** Read a conflict report as a careful human coder does: its casualty and displacement figures. */
export function readReport(text: string, options: ReadReportOptions): ReportReading {
  if (!speaksOfConflict(text)) return { figures: [] };
  const { publishedAt } = options;
  const dateline = findDateline(text);
  const places = new ReportPlaces(text, dateline);
  const organisations = namedOrganisations(text);
  const figures: CasualtyFigure[] = [];
  let lastIncidentDay: string | null = null;

  for (const sentence of splitSentences(text)) {
    if (hasNonConflictCause(sentence.text)) continue;
    const read = readSentenceFigures(sentence.text);
    if (!read.length) continue;
    const previous = figures[figures.length - 1];
    const previousSince = previous?.kind === 'cumulative' && sentenceGap(previous, sentence) <= 2 ? previous.since : null;
    const kind = readFigureKind(sentence.text, publishedAt, previousSince);
    const day = kind.kind === 'incident' ? (resolveIncidentDay(sentence.text, publishedAt) ?? lastIncidentDay ?? publicationDay(publishedAt)) : null;
    if (day) lastIncidentDay = day;
    const where = places.placesIn(sentence.start, sentence.end);
    const source = readSource(sentence.text, organisations);

    const fresh: CasualtyFigure[] = [];
    for (const r of read) {
      if (r.subgroupOf) {
        const whole = fresh[fresh.length - 1] ?? figures[figures.length - 1];
        whole?.breakdown.push({ group: r.group, value: r.value });
        continue;
      }
      fresh.push(toFigure(r, sentence, {
        kind: r.isUpdate ? 'incident' : kind.kind,
        since: kind.kind === 'cumulative' ? (kind.since ?? (kind.samePeriod ? previousSince : null)) : null,
        date: r.isUpdate || kind.kind === 'incident' ? day : null,
        ...where,
        source,
      }));
    }
    const split = splitWholeAndParts(fresh);
    if (split) {
      split.whole.breakdown.push(...split.parts.map((p) => ({ group: p.victims === 'unspecified' ? 'unspecified' : partGroup(p), value: p.value })));
      fresh.splice(0, fresh.length, split.whole);
    }
    const brokenDown = findBrokenDownFigure(fresh, figures);
    if (brokenDown) {
      brokenDown.breakdown.push(...fresh.map((p) => ({ group: partGroup(p), value: p.value })));
      for (const p of where.places) if (!brokenDown.places.includes(p)) brokenDown.places.push(p);
      brokenDown.source ??= source;
      continue;
    }
    for (const f of fresh) {
      const told = findRestatement(f, figures);
      if (told) {
        told.source ??= f.source;
        continue;
      }
      figures.push(f);
    }
  }
  return { figures };
}

const GROUP_OF = new WeakMap<CasualtyFigure, string>();

function partGroup(f: CasualtyFigure): string {
  return GROUP_OF.get(f) ?? f.victims;
}

function sentenceGap(f: CasualtyFigure, s: Sentence): number {
  return (s as Sentence & { index: number }).index - (SENTENCE_OF.get(f) ?? -10);
}
const SENTENCE_OF = new WeakMap<CasualtyFigure, number>();

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
  GROUP_OF.set(figure, r.group);
  SENTENCE_OF.set(figure, sentence.index);
  return figure;
}
