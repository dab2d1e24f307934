import { z } from 'zod';
import { CorrectionAction, CountryCode, IsoDateTime, IsoDay, MessageId, Metric } from '../primitives';

export const TOTALS_UPDATES_V1 = 'cw.totals-updates.v1';

// One message per change to a country's total. Key: country, so a consumer sees one country's
// changes in the order they were made and can check that each `before` equals the last `after`.
export const TotalsUpdateV1 = z.object({
  schema: z.literal('totals-update@1'),
  updateId: MessageId,
  country: CountryCode,
  region: z.string().min(1).max(200).nullable(),
  metric: Metric,
  day: IsoDay,
  before: z.number().int().nonnegative(),
  after: z.number().int().nonnegative(),
  delta: z.number().int(),
  cause: z.object({
    eventId: MessageId,
    figureId: MessageId,
    incidentId: z.string().min(1).max(100),
    articleId: MessageId,
    url: z.url(),
    sentence: z.string().min(1).max(5_000),
  }),
  // Added in place (optional, issue 13): set when an analyst's correction made the change, not a report. The cause
  // is then the figure or incident corrected, and `cause.eventId` the correction's id.
  correction: z
    .object({
      correctionId: MessageId,
      action: CorrectionAction,
      by: z.string().min(1).max(100),
      at: IsoDateTime,
      why: z.string().min(1).max(2_000),
    })
    .optional(),
  producedAt: IsoDateTime,
});
export type TotalsUpdateV1 = z.infer<typeof TotalsUpdateV1>;

export const totalsUpdateKey = (update: TotalsUpdateV1): string => update.country;
