import { createHash } from 'node:crypto';
import type { CasualtyFigure } from '@cw/extraction';

// 32 hex characters (128 bits of sha256), the length of an ArticleId: long enough never to collide,
// short enough for a primary key and a Kafka key.
const FIGURE_ID_LENGTH = 32;

type FigureIdentity = Pick<CasualtyFigure, 'metric' | 'kind' | 'span'>;

/**
 * The id of one figure in one article. Only the article and where the number stands in its text go in,
 * so a redelivered or re-extracted figure gets the same id and applying it again changes nothing.
 */
export function figureId(articleId: string, figure: FigureIdentity): string {
  const known = computed.get(figure);
  if (known?.articleId === articleId) return known.id;
  const identity = [articleId, figure.metric, figure.kind, figure.span.start, figure.span.end].join('|');
  const id = createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, FIGURE_ID_LENGTH);
  computed.set(figure, { articleId, id });
  return id;
}

/**
 * Records the id a figure already carries (the extractor put it on the wire, computed by `figureId`), so
 * the aggregator does not hash every figure again.
 */
export function rememberFigureId(articleId: string, figure: FigureIdentity, id: string): void {
  computed.set(figure, { articleId, id });
}

// Figures are never modified, so a figure's id is worked out once.
const computed = new WeakMap<FigureIdentity, { articleId: string; id: string }>();
