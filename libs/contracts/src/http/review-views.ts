import { z } from 'zod';
import { Count, CountryCode, FigureDoubt, IsoDateTime, IsoDay, MessageId, Metric, SinceDate } from '../primitives';

// The review queue, corrections and the audit log over HTTP (issue 13).

export const ReviewReason = z.enum(['low-confidence', 'provisional', 'far-larger', 'suggested-merge', 'downward-revision', 'tally-above-total']);
export type ReviewReason = z.infer<typeof ReviewReason>;

const Why = z.string().trim().min(1, 'say why').max(2_000);
const IncidentId = MessageId;
// The incident the figure stands in, as the page shows it: it finds the figure at once (null: outside every incident).
const figure = { figureId: MessageId, incidentId: IncidentId.nullable().optional() };

export const FigureChange = z
  .object({
    value: Count.optional(),
    metric: Metric.optional(),
    kind: z.enum(['incident', 'cumulative']).optional(),
    date: IsoDay.optional(),
    country: z.string().toUpperCase().pipe(CountryCode).optional(),
    victims: z.string().trim().min(1).max(100).optional(),
    since: SinceDate.nullable().optional(),
  })
  .strict()
  .refine((change) => Object.values(change).some((value) => value !== undefined), 'a change names at least one field');
export type FigureChange = z.infer<typeof FigureChange>;

/** `POST /corrections`: what an analyst decided, and why. Who and when come from the key and the clock, never the body. */
export const CorrectionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm'), ...figure, why: Why }).strict(),
  z.object({ action: z.literal('reject'), ...figure, why: Why }).strict(),
  z.object({ action: z.literal('change'), ...figure, change: FigureChange, why: Why }).strict(),
  z.object({ action: z.literal('split'), ...figure, why: Why }).strict(),
  z.object({ action: z.literal('merge'), incidentId: IncidentId, intoIncidentId: IncidentId, why: Why }).strict(),
  z.object({ action: z.literal('set-estimate'), incidentId: IncidentId, value: Count, why: Why }).strict(),
]);
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

/** A correction as stored: the request with its id, who made it and when. The same shape goes back in on an import. */
export const Correction = z.intersection(CorrectionRequest, z.object({ correctionId: MessageId, by: z.string().min(1).max(100), at: IsoDateTime }));
export type Correction = z.infer<typeof Correction>;

/** A change to the totals a correction made. */
export const CorrectionChange = z.object({
  country: CountryCode,
  region: z.string().nullable(),
  metric: Metric,
  day: IsoDay,
  incidentId: z.string(),
  before: z.number().int(),
  after: z.number().int(),
  delta: z.number().int(),
});
export type CorrectionChange = z.infer<typeof CorrectionChange>;

export const CorrectionResult = z.object({
  correction: Correction,
  changes: z.array(CorrectionChange),
  /** Review items the correction resolved. */
  closedReviewItems: z.number().int(),
  /** True when the figure or incident it names is not held yet (an import before a replay): it applies when it arrives. */
  waiting: z.boolean(),
  /** True when this correction (same id) was applied before: nothing changed. */
  duplicate: z.boolean(),
});
export type CorrectionResult = z.infer<typeof CorrectionResult>;

export const CorrectionsPage = z.object({ corrections: z.array(Correction), next: z.number().int().nullable() });
export type CorrectionsPage = z.infer<typeof CorrectionsPage>;

/** `POST /admin/corrections/import`: corrections exported from another database (`GET /corrections`), applied in order. */
export const CorrectionsImport = z
  .object({
    corrections: z.array(Correction).max(10_000),
    // A page of GET /corrections goes back in as it came.
    next: z.number().int().nullable().optional(),
  })
  .strict();
export type CorrectionsImport = z.infer<typeof CorrectionsImport>;

export const CorrectionsImportResult = z.object({
  applied: z.number().int(),
  waiting: z.number().int(),
  duplicates: z.number().int(),
  refused: z.array(z.object({ correctionId: z.string(), why: z.string() })),
});
export type CorrectionsImportResult = z.infer<typeof CorrectionsImportResult>;

/** The figure a review item is about, as read. */
export const ReviewFigure = z.object({
  figureId: z.string(),
  kind: z.enum(['incident', 'cumulative']),
  metric: Metric,
  value: z.number().int(),
  country: z.string().nullable(),
  victims: z.string(),
  date: z.string(),
  sentence: z.string(),
  url: z.string(),
  outlet: z.string(),
  publishedAt: z.string(),
  source: z.string().nullable(),
  confidence: z.object({ score: z.number(), doubts: z.array(FigureDoubt) }).nullable(),
});
export type ReviewFigure = z.infer<typeof ReviewFigure>;

export const ReviewItem = z.object({
  id: z.number().int(),
  reason: ReviewReason,
  country: z.string().nullable(),
  metric: Metric.nullable(),
  figureId: z.string().nullable(),
  incidentId: z.string().nullable(),
  why: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  /** The correction that resolved it. */
  closedBy: z.string().nullable(),
  figure: ReviewFigure.nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewItemsPage = z.object({ items: z.array(ReviewItem), next: z.number().int().nullable() });
export type ReviewItemsPage = z.infer<typeof ReviewItemsPage>;

export const ReviewSummary = z.object({
  open: z.number().int(),
  byReason: z.array(z.object({ reason: ReviewReason, count: z.number().int() })),
  byCountry: z.array(z.object({ country: z.string().nullable(), count: z.number().int() })),
  oldestOpenedAt: z.string().nullable(),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  role: z.enum(['reader', 'reviewer', 'admin']),
  action: z.string(),
  subject: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ entries: z.array(AuditEntry), next: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;
