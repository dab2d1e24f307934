// The way back from the wire: what the aggregator and the specs feed to the pure TotalsLedger.
import type { CasualtyFigureV1, ConflictEventV1 } from '@cw/contracts';
import type { CasualtyFigure } from '@cw/extraction';
import type { ArticleMeta } from '@cw/totals';

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
  since: figure.since,
  country: figure.country,
  places: figure.places,
  source: figure.source,
  isUpdate: figure.isUpdate,
  sentence: figure.provenance.sentence,
  span: figure.span,
});

export const articleMetaOf = (event: ConflictEventV1): ArticleMeta => ({
  articleId: event.articleId,
  url: event.url,
  outlet: event.outlet,
  publishedAt: event.publishedAt,
});
