import type { BreakdownPart, CasualtyFigure, FigureConfidence, Metric, Qualifier } from '@cw/extraction';
import type { IncidentLink } from './incident-match';
import { dayOf } from './calendar-day';
import { figureId } from './figure-id';

/** The article a figure was read from. `publishedAt` is an ISO timestamp. */
export interface ArticleMeta {
  articleId: string;
  url: string;
  outlet: string;
  publishedAt: string;
}

/** The first-level region a place lies in (itself when it is a region), or null when unknown. */
export type RegionOf = (country: string, place: string) => string | null;

/** One report of an incident figure, as an incident keeps it: JSON-serialisable, with its provenance. */
export interface ReportedFigure {
  figureId: string;
  articleId: string;
  url: string;
  outlet: string;
  publishedAt: string;
  /** Who the figure is attributed to ("Syrian Observatory for Human Rights"), or null. */
  source: string | null;
  value: number;
  qualifier: Qualifier;
  vague: boolean;
  victims: string;
  /** Parts of this figure; stored with it, never added to any total. */
  breakdown: BreakdownPart[];
  sentence: string;
  isUpdate: boolean;
  places: string[];
  /** First-level regions of `places` where known; a place listed here is itself a region. */
  regions: string[];
  /** The day the report places the incident on. */
  date: string;
  /** True when the report named no day and its publication day stands in. */
  dateInferred: boolean;
  /** True when the report gave only the month ("early in May"): the date is that month's first day. */
  monthOnly?: boolean;
  /** Where the number stands in the article: orders two figures of one article. */
  spanStart: number;
  /** How sure extraction was of the figure (issue 13); absent on reports stored before it was read. */
  confidence?: FigureConfidence;
  /** What tied this report to its incident, and how sure that is (set when the report is placed). */
  link?: IncidentLink;
}

/** A reported figure with what decides which incident it can belong to. */
export interface PlacedFigure extends ReportedFigure {
  country: string;
  /** The one first-level region all its known places lie in; null when none is known or they span several. */
  region: string | null;
  metric: Metric;
}

export type LocatedFigure = { placed: true; figure: PlacedFigure } | { placed: false; reason: 'no-country'; figureId: string; sentence: string };

/**
 * Turns an incident figure from extraction into what the ledger stores. A figure whose country the report
 * does not give cannot join any country total, so it is returned unplaced rather than guessed.
 */
export function locateFigure(article: ArticleMeta, figure: CasualtyFigure, regionOf?: RegionOf): LocatedFigure {
  if (!figure.country) return { placed: false, reason: 'no-country', figureId: figureId(article.articleId, figure), sentence: figure.sentence };
  const country = figure.country.toUpperCase();
  const regions = uniqueRegions(country, figure.places, regionOf);
  return {
    placed: true,
    figure: {
      ...reportOf(article, figure, regions),
      country,
      region: regions.length === 1 ? regions[0] : null,
      metric: figure.metric,
    },
  };
}

/** What an incident keeps of one figure of an article, whichever incident or loose list it goes to. */
export function reportOf(article: ArticleMeta, figure: CasualtyFigure, regions: string[]): ReportedFigure {
  return {
    figureId: figureId(article.articleId, figure),
    articleId: article.articleId,
    url: article.url,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    source: figure.source,
    value: figure.value,
    qualifier: figure.qualifier,
    vague: figure.vague,
    victims: figure.victims,
    breakdown: figure.breakdown,
    sentence: figure.sentence,
    isUpdate: figure.isUpdate,
    places: figure.places,
    regions,
    date: incidentDay(article, figure),
    dateInferred: isDayInferred(figure),
    ...(figure.dateBasis === 'month' ? { monthOnly: true } : {}),
    spanStart: figure.span.start,
    ...(figure.confidence ? { confidence: figure.confidence } : {}),
  };
}

/** True when the report named no day and its publication day stands in. */
export const isDayInferred = (figure: Pick<CasualtyFigure, 'date' | 'dateBasis'>): boolean =>
  figure.date === null || figure.dateBasis === 'publication';

/**
 * The day a figure places its incident on. "Killed 12 people" with no day named: wire copy reports the
 * day's events, so the publication day stands in, and matching allows it a day's slack (incident-match.ts).
 */
export function incidentDay(article: ArticleMeta, figure: CasualtyFigure): string {
  return figure.date ?? dayOf(article.publishedAt);
}

function uniqueRegions(country: string, places: string[], regionOf?: RegionOf): string[] {
  if (!regionOf) return [];
  const regions = places.map((place) => regionOf(country, place)).filter((r): r is string => r !== null);
  return [...new Set(regions)];
}
