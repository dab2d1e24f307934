import { CountryCode, IsoDateTime, IsoDay, Metric } from '@cw/contracts';
import { z } from 'zod';

// Query strings are untrusted: every route parses them with one of these, and unknown keys are refused.
const country = z.string().toUpperCase().pipe(CountryCode);
const dayRange = { from: IsoDay.optional(), to: IsoDay.optional() };
const inOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const order = { message: 'from must not be after to' };

// A first-level region as the gazetteer names it ("Idlib Governorate").
const region = z.string().min(1).max(200);

export const CountryParam = country;

export const TotalsQuery = z
  .object({ ...dayRange, region: region.optional(), at: IsoDateTime.optional() })
  .strict()
  .refine(inOrder, order);

export const SeriesQuery = z
  .object({ country, metric: Metric, ...dayRange })
  .strict()
  .refine(inOrder, order);

export const ChangesQuery = z
  .object({
    country: country.optional(),
    metric: Metric.optional(),
    ...dayRange,
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    after: z.coerce.number().int().min(0).optional(),
  })
  .strict()
  .refine(inOrder, order);

export const IncidentsQuery = z
  .object({
    country: country.optional(),
    metric: Metric.optional(),
    ...dayRange,
    region: region.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
  .refine(inOrder, order);

/** The map's regions: one country's first-level regions for a metric over a period. */
export const RegionTotalsQuery = z
  .object({ country, metric: Metric, ...dayRange })
  .strict()
  .refine(inOrder, order);

/** `/incidents.csv`: the filters of `/incidents`, every incident they match (no pages). */
export const IncidentsExportQuery = z
  .object({ country: country.optional(), metric: Metric.optional(), ...dayRange, region: region.optional() })
  .strict()
  .refine(inOrder, order);

/** `/totals.csv`: the period, region and instant of `/totals`, and optionally one country and metric. */
export const TotalsExportQuery = z
  .object({ country: country.optional(), metric: Metric.optional(), ...dayRange, region: region.optional(), at: IsoDateTime.optional() })
  .strict()
  .refine(inOrder, order);

export const TalliesQuery = z.object({ country: country.optional() }).strict();

export const IncidentIdParam = z.string().regex(/^[0-9a-f]{16,64}$/, 'an incident id');
