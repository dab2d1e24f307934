import { z } from 'zod';
import { CountryCode, FigureDoubt, Count, IsoDateTime, IsoDay, MessageId, Metric, Qualifier, SinceDate } from '../primitives';

export const CONFLICT_EVENTS_V1 = 'cw.conflict-events.v1';

export const CasualtyFigureV1 = z.object({
  // Derived from the article id and the figure's place in the text: re-extraction yields the same id.
  figureId: MessageId,
  kind: z.enum(['incident', 'cumulative']),
  metric: Metric,
  value: Count,
  qualifier: Qualifier,
  vague: z.boolean(),
  victims: z.string().min(1).max(100),
  breakdown: z.array(z.object({ group: z.string().min(1).max(200), value: Count })).max(50),
  date: IsoDay.nullable(),
  // Added in place (optional): where the day came from, told in the text, referenced ("Friday's attack"), or a day
  // standing in for one the count was never given (the publication day, or the day the report tells its attack), or 'month' when the text gives only the month (date is its first day). Consumers
  // that ignore it lose nothing; the aggregator links a follow-up by it.
  dateBasis: z.enum(['told', 'referenced', 'publication', 'month']).optional(),
  since: SinceDate.nullable(),
  country: CountryCode.nullable(),
  places: z.array(z.string().min(1).max(200)).max(50),
  source: z.string().min(1).max(300).nullable(),
  isUpdate: z.boolean(),
  // Added in place (optional, issue 13): how sure the reading is (1 = no doubt) and why not more. The aggregator's
  // review queue takes the doubtful figures to a person; they still count until someone rejects them.
  confidence: z
    .object({
      score: z.number().min(0).max(1),
      doubts: z.array(FigureDoubt).max(20),
    })
    .optional(),
  // Where the number stands in the article text: with the article id, the figure's identity, and
  // what orders two figures of one article.
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  provenance: z.object({
    articleId: MessageId,
    url: z.url(),
    sentence: z.string().min(1).max(5_000),
  }),
});
export type CasualtyFigureV1 = z.infer<typeof CasualtyFigureV1>;

// One message per article that yielded figures.
// Key: the country most of its figures are in ("ZZ" when none is known). The aggregator applies one
// country's figures in the order they were published to a partition, so its totals change in order.
export const ConflictEventV1 = z.object({
  schema: z.literal('conflict-event@1'),
  eventId: MessageId,
  articleId: MessageId,
  url: z.url(),
  outlet: z.string().min(1).max(200),
  publishedAt: IsoDateTime,
  producedAt: IsoDateTime,
  extractorVersion: z.string().min(1).max(50),
  figures: z.array(CasualtyFigureV1).min(1).max(500),
});
export type ConflictEventV1 = z.infer<typeof ConflictEventV1>;

export const conflictEventKey = (event: ConflictEventV1): string => {
  const counts = new Map<string, number>();
  for (const figure of event.figures) {
    if (figure.country) counts.set(figure.country, (counts.get(figure.country) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'ZZ';
};
