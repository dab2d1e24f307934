import type { CasualtyFigure, FigureKind, Metric } from './casualty-figure';
import type { ReportPlaces } from './figure-places';
import type { Dateline, Sentence } from './split-sentences';

/** A sentence as the passes see it. */
export interface SentenceInReading extends Sentence {
  /** The text chrono reads dates from: the dateline ("KHARTOUM, June 10 (Reuters) -") blanked, offsets kept. */
  readonly datable: string;
  /** Its deaths have a cause that is no armed violence (a flood, a crash), or it follows such a lead. */
  readonly lookAlike: boolean;
  /** How many counts of people it holds as first read, before any pass dropped one. */
  readonly counts: number;
}

/** How a figure's kind was read, for the passes after the one that read it. */
export interface KindNotes {
  /** "has killed 40 people since Tuesday": a count over the few days of one attack. */
  readonly shortSpan?: boolean;
  /** "have fled since the raid": counted from the attack the report leads with. */
  readonly sinceAttack?: boolean;
  /** "in that same period": the tally starts where the figure before it did. */
  readonly samePeriod?: boolean;
  /** A count continuing the figure before it (same few days): it takes that figure's day and places. */
  readonly continues?: boolean;
  /** A tally start read for a short span, kept in case a later pass makes it a tally. */
  readonly spanSince?: string | null;
}

/** A figure while the report is read: the CasualtyFigure it will be, and what the passes know of it. */
export interface FigureInReading extends CasualtyFigure {
  /** Index of the sentence it was read in. */
  readonly at: number;
  /** The clause of its sentence it was read in (cut at ";", "while", a dash), dateline blanked. */
  readonly clause: string;
  /** The victim noun phrase as written ("jihadists and allied rebels"): breakdown groups use it. */
  readonly group: string;
  /** "22 soldiers and 25 civilians were killed": one of counts that share one verb. */
  readonly coordinated: boolean;
  /** "a senior commander": one person with no number written. */
  readonly onePerson: boolean;
  /** "including 12 children": a part of an earlier figure of this metric ('any': of whatever figure). */
  readonly subgroupOf: Metric | 'any' | null;
  /** Told as a toll ("the death toll stood at 40 on Saturday"): a day after its verb is the count's. */
  readonly toll: boolean;
  readonly notes: KindNotes;
  /** What the passes decided about it, in order ("tally: 'since 2011'"), for readers of a reading. */
  readonly reasons: readonly string[];
}

/** Everything known of a report at one point of its reading. */
export interface Reading {
  readonly text: string;
  readonly publishedAt: string;
  readonly dateline: Dateline | null;
  readonly sentences: readonly SentenceInReading[];
  /** The places the report names, to place each figure. */
  readonly places: ReportPlaces;
  /** The organisations the report names, for "the monitor", "the ministry". */
  readonly organisations: readonly string[];
  /** Figures in the order they stand in the text. */
  readonly figures: readonly FigureInReading[];
  /** Figures a pass took out, and why: what a later pass may still need to know ("a round-up stood here"). */
  readonly dropped: readonly DroppedFigure[];
}

export interface DroppedFigure {
  readonly figure: FigureInReading;
  /** The pass that dropped it. */
  readonly by: string;
  readonly why: string;
}

/**
 * One phenomenon of reading a report, as one step: it takes the reading so far and returns a new one
 * (spaCy's pipeline components, ESLint's rules). What it decides about a figure travels on the figure.
 */
export interface Pass {
  readonly name: string;
  /** The phenomenon in one line: the rulebook in libs/extraction/README.md lists these in order. */
  readonly reads: string;
  apply(reading: Reading): Reading;
}

/** The reading with other figures; `dropped` are those the pass took out, with why. */
export const withFigures = (
  reading: Reading,
  figures: readonly FigureInReading[],
  dropped: readonly { figure: FigureInReading; why: string }[] = [],
  by = '',
): Reading => ({ ...reading, figures, dropped: [...reading.dropped, ...dropped.map((d) => ({ ...d, by }))] });

/** The figure changed, with the reason the pass gives for it. */
export const revise = (figure: FigureInReading, change: Partial<FigureInReading>, reason?: string): FigureInReading => ({
  ...figure,
  ...change,
  reasons: reason ? [...figure.reasons, reason] : figure.reasons,
});

/** The figures of a reading grouped by sentence, in order. */
export const bySentence = (figures: readonly FigureInReading[]): FigureInReading[][] => {
  const groups: FigureInReading[][] = [];
  for (const f of figures) {
    const last = groups[groups.length - 1];
    if (last && last[0].at === f.at) last.push(f);
    else groups.push([f]);
  }
  return groups;
};

export type { FigureKind };

/** Where in the report's text a figure's clause stands (its sentence's start when the clause is not found in it). */
export const clauseSpan = (reading: Pick<Reading, 'sentences'>, f: Pick<FigureInReading, 'at' | 'clause'>): { start: number; end: number } => {
  const sentence = reading.sentences[f.at];
  const start = sentence.start + Math.max(0, sentence.datable.indexOf(f.clause));
  return { start, end: start + f.clause.length };
};

/** "including 12 children": a part waiting for the subgroups pass; the passes before it look through it. */
export const isSubgroup = (f: FigureInReading): boolean => f.subgroupOf !== null;
