import type { CasualtyFigure, ReportReading } from './casualty-figure';
import { ReportPlaces } from './figure-places';
import { attackersOneByOne } from './passes/attackers-one-by-one';
import { breakdowns } from './passes/breakdowns';
import { courtCases } from './passes/court-cases';
import { figureConfidence } from './passes/figure-confidence';
import { figureKinds } from './passes/figure-kinds';
import { figurePlaces } from './passes/figure-places';
import { headlineParts } from './passes/headline-parts';
import { headlineRestated } from './passes/headline-restated';
import { incidentDays } from './passes/incident-days';
import { lookAlikeCauses } from './passes/look-alike-causes';
import { recalledPastEvents } from './passes/recalled-past-events';
import { restatements } from './passes/restatements';
import { revisedTolls } from './passes/revised-tolls';
import { roundUps } from './passes/round-ups';
import { sentenceCounts } from './passes/sentence-counts';
import { sources } from './passes/sources';
import { subgroups } from './passes/subgroups';
import { supersededCounts } from './passes/superseded-counts';
import { warScopedTallies } from './passes/war-scoped-tallies';
import type { FigureInReading, Pass, Reading } from './reading';
import { MAX_FIGURES_PER_REPORT, MAX_REPORT_CHARS, ReadingTooCostly } from './reading-bounds';
import { forgetParsedDates } from './report-dates';
import { forgetReadSentences } from './sentence-figures';
import { namedOrganisations } from './source-attribution';
import { findDateline, inSpans, pageFurniture, splitSentences } from './split-sentences';

/** The passes readReport runs, in order: the rulebook of libs/extraction/README.md. */
export const PASSES: readonly Pass[] = [
  lookAlikeCauses,
  sentenceCounts,
  recalledPastEvents,
  figureKinds,
  warScopedTallies,
  supersededCounts,
  incidentDays,
  courtCases,
  figurePlaces,
  sources,
  attackersOneByOne,
  breakdowns,
  restatements,
  headlineRestated,
  subgroups,
  revisedTolls,
  roundUps,
  headlineParts,
  figureConfidence,
];

export interface ReadReportOptions {
  /** ISO time the report was published: every relative date is resolved against it. */
  publishedAt: string;
  /** Asked between passes: true stops the reading with ReadingTooCostly (the caller owns the clock). */
  overBudget?: () => boolean;
}

/** Read a conflict report as a careful human coder does: its casualty and displacement figures. */
export function readReport(fullText: string, options: ReadReportOptions): ReportReading {
  const reading = readReportThrough(PASSES, fullText, options);
  return { figures: reading.figures.slice(0, MAX_FIGURES_PER_REPORT).map(asCasualtyFigure) };
}

/** The reading after `passes`, with everything each pass decided: for specs and for tracing one report. */
export function readReportThrough(passes: readonly Pass[], fullText: string, options: ReadReportOptions): Reading {
  const text = fullText.length > MAX_REPORT_CHARS ? fullText.slice(0, MAX_REPORT_CHARS) : fullText;
  forgetParsedDates();
  forgetReadSentences();
  let reading = startReading(text, options.publishedAt);
  for (const [i, pass] of passes.entries()) {
    if (options.overBudget?.()) throw new ReadingTooCostly(i);
    reading = pass.apply(reading);
  }
  return reading;
}

function startReading(text: string, publishedAt: string): Reading {
  const dateline = findDateline(text);
  const furniture = pageFurniture(text);
  const sentences = splitSentences(text).map((split) => {
    // Furniture stays in the list, blanked, so every sentence keeps its place and offsets.
    const sentence = inSpans(furniture, split.start) ? { ...split, text: ' '.repeat(split.text.length) } : split;
    return {
      ...sentence,
      // "KHARTOUM, June 10 (Reuters) -" dates the wire, not the deaths.
      datable:
        dateline && sentence.start < dateline.end
          ? ' '.repeat(dateline.end - sentence.start) + sentence.text.slice(dateline.end - sentence.start)
          : sentence.text,
      lookAlike: false,
      counts: 0,
    };
  });
  return {
    text,
    publishedAt,
    dateline,
    sentences,
    places: new ReportPlaces(text, dateline, furniture),
    organisations: namedOrganisations(text),
    figures: [],
    dropped: [],
  };
}

function asCasualtyFigure(f: FigureInReading): CasualtyFigure {
  return {
    kind: f.kind,
    metric: f.metric,
    value: f.value,
    qualifier: f.qualifier,
    vague: f.vague,
    victims: f.victims,
    breakdown: f.breakdown.map((part) => ({ ...part })),
    date: f.date,
    ...(f.kind === 'incident' && f.dateBasis ? { dateBasis: f.dateBasis } : {}),
    ...(f.confidence ? { confidence: { score: f.confidence.score, doubts: [...f.confidence.doubts] } } : {}),
    since: f.since,
    country: f.country,
    places: [...f.places],
    source: f.source,
    isUpdate: f.isUpdate,
    sentence: f.sentence,
    span: { ...f.span },
  };
}
