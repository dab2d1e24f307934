import { CountryCode, MessageId, ReviewReason } from '@cw/contracts';
import { z } from 'zod';

// Query strings are untrusted: parsed like every read route's (totals-query.ts), unknown keys refused.
const hours = z.coerce.number().min(0).max(100_000);

export const ReviewItemsQuery = z
  .object({
    country: z.string().toUpperCase().pipe(CountryCode).optional(),
    reason: ReviewReason.optional(),
    minAgeHours: hours.optional(),
    maxAgeHours: hours.optional(),
    status: z.enum(['open', 'closed', 'all']).default('open'),
    figureId: MessageId.optional(),
    incidentId: MessageId.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    after: z.coerce.number().int().min(0).optional(),
  })
  .strict()
  .refine((q) => q.minAgeHours === undefined || q.maxAgeHours === undefined || q.minAgeHours <= q.maxAgeHours, {
    message: 'minAgeHours must not be above maxAgeHours',
  });

export const CorrectionsQuery = z
  .object({
    figureId: MessageId.optional(),
    incidentId: MessageId.optional(),
    limit: z.coerce.number().int().min(1).max(10_000).default(1_000),
    after: z.coerce.number().int().min(0).optional(),
  })
  .strict();

export const AuditQuery = z
  .object({
    actor: z.string().min(1).max(64).optional(),
    action: z.string().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(1_000).default(100),
    before: z.coerce.number().int().min(1).optional(),
  })
  .strict();
