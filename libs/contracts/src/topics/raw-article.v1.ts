import { z } from 'zod';
import { IsoDateTime, MessageId } from '../primitives';

export const RAW_ARTICLES_V1 = 'cw.raw-articles.v1';

// Key: articleId. One article always lands on one partition, so a redelivery of the same story
// queues behind its first copy and the extractor sees them in order.
export const RawArticleV1 = z.object({
  schema: z.literal('raw-article@1'),
  articleId: MessageId,
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().max(2_000),
  text: z.string().min(1).max(500_000),
  publishedAt: IsoDateTime,
  outlet: z.string().min(1).max(200),
  language: z.string().min(2).max(35).nullable(),
  feedUrl: z.url({ protocol: /^https?$/ }).nullable(),
  fetchedAt: IsoDateTime,
});
export type RawArticleV1 = z.infer<typeof RawArticleV1>;

export const rawArticleKey = (article: RawArticleV1): string => article.articleId;
