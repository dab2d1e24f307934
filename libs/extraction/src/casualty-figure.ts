// The domain reading of one figure in a report. Field names follow shared/eval/seed.expected.json so
// that a labelled report and our reading of it can be compared field by field.

export const METRICS = ['killed', 'injured', 'displaced', 'kidnapped', 'missing'] as const;
export type Metric = (typeof METRICS)[number];

// How the report bounds the number: "more than 800" is more_than, "nearly 80" is nearly.
export const QUALIFIERS = ['exact', 'at_least', 'more_than', 'nearly', 'about', 'up_to', 'some'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

// incident: people hit in one event (or one day's fighting); cumulative: a running tally over a period.
export const FIGURE_KINDS = ['incident', 'cumulative'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const DATE_BASES = ['told', 'referenced', 'publication', 'month'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/**
 * Why a figure may be read wrong, each a reason for a person to look (issue 13): a vague count, a day the report
 * never told (the publication day stands in) or told only by reference, no country, no source, a casualty word far
 * from the number, a source the report itself doubts ("could not be independently verified"), another count of the
 * same people in the same report that disagrees.
 */
export const FIGURE_DOUBTS = [
  'vague-count',
  'day-not-told',
  'day-by-reference',
  'no-country',
  'no-source',
  'cue-far-from-number',
  'source-in-doubt',
  'contradicted-in-report',
  'withdrawn',
] as const;
export type FigureDoubt = (typeof FIGURE_DOUBTS)[number];

/** How sure the reading of a figure is: 1 with no doubt, lower with each doubt (figure-confidence.ts). */
export interface FigureConfidence {
  score: number;
  doubts: FigureDoubt[];
}

export interface BreakdownPart {
  group: string;
  value: number;
}

export interface CasualtyFigure {
  kind: FigureKind;
  metric: Metric;
  /** The count itself; for a vague count ("dozens") its lower bound. */
  value: number;
  qualifier: Qualifier;
  /** True when the number was a vague word ("dozens", "hundreds", "scores"): value is a lower bound. */
  vague: boolean;
  /** Who was hit: civilians, children, women, combatants, soldiers, pro-government forces, militants, police, people, unspecified. */
  victims: string;
  /** Parts of this figure ("32 pro-government forces as well as 38 jihadists"); they never add to it. */
  breakdown: BreakdownPart[];
  /** Incident figures: the ISO day it happened (YYYY-MM-DD), resolved against the report's publication time. */
  date: string | null;
  /**
   * Where an incident's day came from: named for it ('told'), taken from a reference to the event or from the
   * incident told before it ('referenced'), a day standing in for one the count was never given ('publication': the
   * publication day, or the day the top of the report tells its attack on), or the first day of the
   * only month the text gives ('month': "Early in May, 30 people were killed"). The ledger
   * links a follow-up whose day stood in to the incident it reports on.
   */
  dateBasis?: DateBasis;
  /** Cumulative figures: the start of the tally, YYYY or YYYY-MM-DD. */
  since: string | null;
  /** ISO-3166 alpha-2 country of the places hit; null when the report does not say. */
  country: string | null;
  /** First-level regions or towns named for this figure, as the gazetteer spells them. */
  places: string[];
  /** Who the figure is attributed to ("Syrian Observatory for Human Rights"), or null. */
  source: string | null;
  /** True for "the death toll rose to 45": an update of an incident already reported, not a new one. */
  isUpdate: boolean;
  /** The sentence the figure was read from, verbatim. */
  sentence: string;
  /** Character offsets of the number in the report text: with the article id, a stable identity. */
  span: { start: number; end: number };
  /** How sure the reading is, and why not more (set by readReport; absent on figures built by hand). */
  confidence?: FigureConfidence;
}

export interface ReportReading {
  figures: CasualtyFigure[];
}
