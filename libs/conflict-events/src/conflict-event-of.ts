import type { ConflictEventV1, RawArticleV1 } from '@cw/contracts';
import type { CasualtyFigure } from '@cw/extraction';
import { figureId } from '@cw/totals';
import { createHash } from 'node:crypto';

// Bumped when extraction rules change meaningfully; it goes into the event id, never the figure ids.
export const EXTRACTOR_VERSION = 'extraction@1';

/** The wire form of what the extraction library read in an article: the same figures, plus provenance. */
export const conflictEventOf = (article: RawArticleV1, figures: CasualtyFigure[], producedAt: Date): ConflictEventV1 => ({
  schema: 'conflict-event@1',
  eventId: createHash('sha256').update(`${article.articleId}|${EXTRACTOR_VERSION}`).digest('hex').slice(0, 32),
  articleId: article.articleId,
  url: article.url,
  outlet: article.outlet,
  publishedAt: article.publishedAt,
  producedAt: producedAt.toISOString(),
  extractorVersion: EXTRACTOR_VERSION,
  figures: figures.map((figure) => ({
    figureId: figureId(article.articleId, figure),
    kind: figure.kind,
    metric: figure.metric,
    value: figure.value,
    qualifier: figure.qualifier,
    vague: figure.vague,
    victims: figure.victims,
    breakdown: figure.breakdown,
    date: figure.date,
    since: figure.since,
    country: figure.country,
    places: figure.places,
    source: figure.source,
    isUpdate: figure.isUpdate,
    span: figure.span,
    provenance: { articleId: article.articleId, url: article.url, sentence: figure.sentence },
  })),
});
