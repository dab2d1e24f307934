import { z } from 'zod';
import { CorrectionAction, CountryCode, IsoDay, Metric } from '../primitives';

// The aggregator's HTTP answers (README "Totals API"): the API is typed by them and the dashboard reads them, so
// the page and the API share one type. Zod, so the OpenAPI document carries the same shapes as JSON Schema.

const perMetric = {
  killed: z.number().int(),
  injured: z.number().int(),
  displaced: z.number().int(),
  kidnapped: z.number().int(),
  missing: z.number().int(),
};

/** One country's totals per metric: only what counts, provisional incidents left out. */
export const CountryTotals = z.object({ country: CountryCode, ...perMetric });
export type CountryTotals = z.infer<typeof CountryTotals>;

/** What provisional incidents (an implausible count, a tenfold jump) would add, per metric: never in the totals. */
export const ProvisionalTotals = z.object(perMetric);
export type ProvisionalTotals = z.infer<typeof ProvisionalTotals>;

/**
 * `GET /totals/:country`: the confirmed totals in the fields they always had, and beside them what provisional
 * incidents would add (null for `at`: the history keeps what counted, not what waited).
 */
export const CountryTotalsAnswer = CountryTotals.extend({
  region: z.string().nullable(),
  from: IsoDay.nullable(),
  to: IsoDay.nullable(),
  provisional: ProvisionalTotals.nullable(),
});
export type CountryTotalsAnswer = z.infer<typeof CountryTotalsAnswer>;

export const SeriesPoint = z.object({ day: IsoDay, value: z.number().int(), runningTotal: z.number().int() });
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const RegionTotal = z.object({
  region: z.string(),
  value: z.number().int(),
  centre: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
});
export type RegionTotal = z.infer<typeof RegionTotal>;

/** One row of `GET /totals/changes`: what changed, by how much, and what caused it (a report, or a correction). */
export const TotalsChange = z.object({
  id: z.number().int(),
  country: CountryCode,
  region: z.string().nullable(),
  metric: Metric,
  day: IsoDay,
  dayBefore: z.number().int(),
  dayAfter: z.number().int(),
  delta: z.number().int(),
  countryBefore: z.number().int(),
  countryAfter: z.number().int(),
  incidentBefore: z.number().int(),
  incidentAfter: z.number().int(),
  incidentId: z.string(),
  figureId: z.string(),
  eventId: z.string(),
  articleId: z.string(),
  url: z.string(),
  sentence: z.string(),
  recordedAt: z.string(),
  /** The analyst's correction that made the change (issue 13), or null for a report. */
  correction: z.object({ correctionId: z.string(), action: CorrectionAction, by: z.string(), at: z.string(), why: z.string() }).nullable().optional(),
});
export type TotalsChange = z.infer<typeof TotalsChange>;
