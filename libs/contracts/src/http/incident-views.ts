import { z } from 'zod';
import { CountryCode, FigureDoubt, IsoDay, Metric, Qualifier } from '../primitives';

export const BreakdownPart = z.object({ group: z.string(), value: z.number().int() });
export type BreakdownPart = z.infer<typeof BreakdownPart>;

/** How sure extraction was of a figure (issue 13): 1 with no doubt, lower with each doubt. */
export const FigureConfidenceView = z.object({ score: z.number().min(0).max(1), doubts: z.array(FigureDoubt) });

/** What tied a report to its incident, and how sure that is. */
export const IncidentLinkView = z.object({ evidence: z.string(), certainty: z.enum(['high', 'medium', 'low']) });

/** What analysts decided about one figure, their corrections folded together. */
export const FigureCorrectionView = z.object({
  status: z.enum(['confirmed', 'rejected']).optional(),
  change: z
    .object({
      value: z.number().int().optional(),
      metric: Metric.optional(),
      kind: z.enum(['incident', 'cumulative']).optional(),
      date: IsoDay.optional(),
      country: z.string().optional(),
      victims: z.string().optional(),
      since: z.string().nullable().optional(),
    })
    .optional(),
  split: z.boolean().optional(),
  corrections: z.array(z.string()),
});
export type FigureCorrectionView = z.infer<typeof FigureCorrectionView>;

/** One report of an incident, with its provenance, confidence and link, and any correction of it. */
export const Report = z.object({
  figureId: z.string(),
  articleId: z.string().optional(),
  url: z.string(),
  outlet: z.string(),
  publishedAt: z.string(),
  source: z.string().nullable(),
  value: z.number().int(),
  qualifier: Qualifier.or(z.string()),
  vague: z.boolean(),
  victims: z.string(),
  breakdown: z.array(BreakdownPart),
  sentence: z.string(),
  isUpdate: z.boolean(),
  places: z.array(z.string()),
  date: z.string(),
  dateInferred: z.boolean(),
  confidence: FigureConfidenceView.optional(),
  link: IncidentLinkView.optional(),
  isCurrentEstimate: z.boolean(),
  correction: FigureCorrectionView.nullable().optional(),
});
export type Report = z.infer<typeof Report>;

/** How analysts corrected an incident: its estimate by hand, merges, a report moved out into it. */
export const IncidentCorrectionView = z.object({
  machine: z.object({ value: z.number().int(), currentFigureId: z.string(), victims: z.string(), provisional: z.string().nullable() }).optional(),
  estimate: z.object({ value: z.number().int(), why: z.string(), by: z.string(), at: z.string(), correctionId: z.string() }).optional(),
  mergedInto: z.string().optional(),
  merged: z.array(z.string()).optional(),
  apartFrom: z.object({ figureId: z.string(), incidentId: z.string().nullable() }).optional(),
});
export type IncidentCorrectionView = z.infer<typeof IncidentCorrectionView>;

export const Incident = z.object({
  incidentId: z.string(),
  country: CountryCode,
  region: z.string().nullable(),
  metric: Metric,
  date: IsoDay,
  places: z.array(z.string()),
  victims: z.string(),
  value: z.number().int(),
  /** Why the estimate waits for a person and adds nothing to the totals; null when it counts. */
  provisional: z.string().nullable().optional(),
  currentEstimate: Report.nullable(),
  reports: z.array(Report),
  /** Where to draw it: its town, or its region's centre; null when no place is known. */
  location: z.object({ latitude: z.number(), longitude: z.number(), place: z.string(), precision: z.enum(['town', 'region']) }).nullable(),
  corrected: IncidentCorrectionView.nullable().optional(),
});
export type Incident = z.infer<typeof Incident>;

export const ReportedTally = z.object({
  tallyKey: z.string(),
  source: z.string().nullable(),
  metric: Metric,
  country: z.string().nullable(),
  victims: z.string(),
  since: z.string().nullable(),
  value: z.number().int(),
  qualifier: z.string(),
  vague: z.boolean(),
  url: z.string(),
  outlet: z.string(),
  publishedAt: z.string(),
  sentence: z.string(),
});
export type ReportedTally = z.infer<typeof ReportedTally>;
