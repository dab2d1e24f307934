import type { CasualtyFigureV1, ConflictEventV1 } from '@cw/contracts';
import { figureId } from '@cw/totals';
import { createHash } from 'node:crypto';

// Builds wire events for specs: ids are derived like the extractor derives them, so the same call twice
// yields the same event.
const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export type FigureFields = Partial<CasualtyFigureV1> & Pick<CasualtyFigureV1, 'value'> & { sentence: string };

export const conflictEvent = (outlet: string, publishedAt: string, figures: FigureFields[]): ConflictEventV1 => {
  const articleId = hex(`${outlet}|${publishedAt}`);
  const url = `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${articleId.slice(0, 8)}`;
  return {
    schema: 'conflict-event@1',
    eventId: hex(`event|${articleId}`),
    articleId,
    url,
    outlet,
    publishedAt,
    producedAt: publishedAt,
    extractorVersion: 'test',
    figures: figures.map(({ sentence, ...fields }, i) => ({
      figureId: figureId(articleId, {
        metric: fields.metric ?? 'killed',
        kind: fields.kind ?? 'incident',
        span: { start: 100 * i, end: 100 * i + 2 },
      }),
      kind: 'incident',
      metric: 'killed',
      qualifier: 'exact',
      vague: false,
      victims: 'people',
      breakdown: [],
      date: publishedAt.slice(0, 10),
      since: null,
      country: null,
      places: [],
      source: null,
      isUpdate: false,
      span: { start: 100 * i, end: 100 * i + 2 },
      provenance: { articleId, url, sentence },
      ...fields,
    })),
  };
};
