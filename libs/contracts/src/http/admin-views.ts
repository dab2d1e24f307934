import { z } from 'zod';

export const AdminStatus = z.object({
  offsets: z.array(z.object({ groupId: z.string(), topic: z.string(), partition: z.number().int(), nextOffset: z.string() })),
  appliedFigures: z.number().int(),
  incidents: z.number().int(),
  tallies: z.number().int(),
  unpublishedUpdates: z.number().int(),
  /** Review items waiting for a person (issue 13). */
  openReviewItems: z.number().int().optional(),
});
export type AdminStatus = z.infer<typeof AdminStatus>;

export const FeedStatus = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string().nullable(),
  state: z.string(),
  lastFetchAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  articlesPublished: z.number().int(),
});
export type FeedStatus = z.infer<typeof FeedStatus>;

export const FeedStatusReport = z.object({
  fetcher: z.enum(['ok', 'unreachable', 'refused', 'disabled', 'not-configured', 'error']),
  message: z.string().optional(),
  feeds: z.array(FeedStatus),
});
export type FeedStatusReport = z.infer<typeof FeedStatusReport>;

export const DeadLetterCount = z.object({
  service: z.string(),
  topic: z.string(),
  reason: z.string(),
  count: z.number().int(),
  firstFailedAt: z.string(),
  lastFailedAt: z.string(),
});
export type DeadLetterCount = z.infer<typeof DeadLetterCount>;
