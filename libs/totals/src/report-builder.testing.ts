import type { CasualtyFigure } from '@cw/extraction';
import type { ArticleMeta } from './reported-figure';

// Hand-built figures for specs: what extraction would read from the quoted sentence.
let nextSpan = 0;

export function article(outlet: string, publishedAt: string, slug = outlet): ArticleMeta {
  return { articleId: `${slug}-${publishedAt}`, url: `https://${outlet.toLowerCase()}.example/${slug}`, outlet, publishedAt };
}

export function incidentFigure(sentence: string, fields: Partial<CasualtyFigure>): CasualtyFigure {
  const start = (nextSpan += 100);
  return {
    kind: 'incident',
    metric: 'killed',
    value: 0,
    qualifier: 'exact',
    vague: false,
    victims: 'people',
    breakdown: [],
    date: null,
    since: null,
    country: null,
    places: [],
    source: null,
    isUpdate: false,
    sentence,
    span: { start, end: start + 2 },
    ...fields,
  };
}

export function tallyFigure(sentence: string, fields: Partial<CasualtyFigure>): CasualtyFigure {
  return incidentFigure(sentence, { kind: 'cumulative', ...fields });
}
