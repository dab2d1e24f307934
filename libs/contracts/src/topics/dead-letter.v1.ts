import { z } from 'zod';
import { IsoDateTime } from '../primitives';

export const DEAD_LETTERS_V1 = 'cw.dead-letters.v1';

// A message a service could not accept, kept whole so it can be replayed after a fix.
// Key: the original topic, so one topic's dead letters stay in order.
export const DeadLetterV1 = z.object({
  schema: z.literal('dead-letter@1'),
  service: z.string().min(1),
  topic: z.string().min(1),
  partition: z.number().int().nonnegative(),
  offset: z.string().regex(/^\d+$/),
  key: z.string().nullable(), // base64 of the original key bytes
  value: z.string().nullable(), // base64 of the original value bytes
  headers: z.record(z.string(), z.string()),
  reason: z.enum(['undecodable', 'invalid', 'rejected']),
  detail: z.string().max(10_000), // the zod issues or the error, in words
  failedAt: IsoDateTime,
});
export type DeadLetterV1 = z.infer<typeof DeadLetterV1>;

export const deadLetterKey = (letter: DeadLetterV1): string => letter.topic;
