import { CountryCode, IsoDay, Metric } from '@cw/contracts';
import { z } from 'zod';

// Query strings are untrusted: parse them, and answer 400 with what was wrong.
export const HistoryQueryParams = z
  .object({
    country: z.string().toUpperCase().pipe(CountryCode).optional(),
    metric: Metric.optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    after: z.coerce.number().int().min(0).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to' });

export const CountryParam = z.string().toUpperCase().pipe(CountryCode);
