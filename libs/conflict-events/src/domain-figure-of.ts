// The way back from the wire: what the aggregator and the specs feed to the pure TotalsLedger.
import type { CasualtyFigureV1, ConflictEventV1 } from '@cw/contracts';
import type { CasualtyFigure } from '@cw/extraction';
import { rememberFigureId, type ArticleMeta } from '@cw/totals';

/** The domain figure behind a wire figure: the ledger reads what extraction produced. */
export const domainFigureOf = (figure: CasualtyFigureV1): CasualtyFigure => ({
  kind: figure.kind,
  metric: figure.metric,
  value: figure.value,
  qualifier: figure.qualifier,
  vague: figure.vague,
  victims: figure.victims,
  breakdown: figure.breakdown,
  date: figure.date,
  ...(figure.dateBasis ? { dateBasis: figure.dateBasis } : {}),
  since: figure.since,
  country: figure.country,
  places: figure.places,
  source: figure.source,
  isUpdate: figure.isUpdate,
  sentence: figure.provenance.sentence,
  span: figure.span,
  ...(figure.confidence ? { confidence: figure.confidence } : {}),
});

/** The domain figures of an event, each knowing the id the extractor gave it, so the ledger need not hash it again. */
export const domainFiguresOf = (articleId: string, figures: CasualtyFigureV1[]): CasualtyFigure[] =>
  figures.map((wire) => {
    const figure = domainFigureOf(wire);
    rememberFigureId(articleId, figure, wire.figureId);
    return figure;
  });

export const articleMetaOf = (event: ConflictEventV1): ArticleMeta => ({
  articleId: event.articleId,
  url: event.url,
  outlet: event.outlet,
  publishedAt: event.publishedAt,
});
