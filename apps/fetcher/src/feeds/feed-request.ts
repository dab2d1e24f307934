import { FeedTitle, FeedUrl } from '@cw/feeds';
import { z } from 'zod';

// Admin requests are untrusted input: parsed here, answered 400 with what was wrong.
export const NewFeedRequest = z
  .object(
    { url: FeedUrl, title: FeedTitle.optional() },
    {
      error: (issue) => (issue.code === 'invalid_type' ? 'the body must be a JSON object { url, title? }' : undefined),
    },
  )
  .strict();

export const FeedListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    after: z.coerce.number().int().min(0).optional(),
  })
  .strict();

// Ids are Postgres integers: anything else cannot name a feed, so it is a 400, not a 404.
export const FeedIdParam = z.coerce
  .number({ error: 'must be a feed id' })
  .int('must be a feed id')
  .min(1)
  .max(2 ** 31 - 1);
