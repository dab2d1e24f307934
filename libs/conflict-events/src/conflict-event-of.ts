import { type ConflictEventV1, IsoDay, type RawArticleV1, SinceDate } from '@cw/contracts';
import type { CasualtyFigure } from '@cw/extraction';
import { figureId } from '@cw/totals';
import { createHash } from 'node:crypto';

// Bumped when extraction rules change meaningfully; it goes into the event id, never the figure ids.
export const EXTRACTOR_VERSION = 'extraction@1';

// The contract's bounds (conflict-event.v1.ts). Extraction keeps far inside them on real text; the wire
// form holds them on any text, so a hostile article can never make the extractor publish an event
// its own contract check refuses (issue 11: such an event jammed its partition).
const MAX_FIGURES = 500;
const MAX_VALUE = 100_000_000;
const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);
const clipOrNull = (text: string | null, max: number): string | null => (text === null ? null : clip(text, max));
// A day or a tally's start the contract refuses ("since 9999 years ago" read as the year -7975, a year before 1000)
// is no day the text gives: the figure goes out without it rather than the whole article to the dead letters.
const dayOrNull = (day: string | null): string | null => (day !== null && IsoDay.safeParse(day).success ? day : null);
const sinceOrNull = (since: string | null): string | null => (since !== null && SinceDate.safeParse(since).success ? since : null);

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
  figures: figures
    .filter((figure) => figure.value <= MAX_VALUE)
    .slice(0, MAX_FIGURES)
    .map((figure) => ({
      figureId: figureId(article.articleId, figure),
      kind: figure.kind,
      metric: figure.metric,
      value: figure.value,
      qualifier: figure.qualifier,
      vague: figure.vague,
      victims: clip(figure.victims, 100),
      breakdown: figure.breakdown
        .filter((part) => part.value <= MAX_VALUE)
        .slice(0, 50)
        .map((part) => ({ group: clip(part.group, 200), value: part.value })),
      date: dayOrNull(figure.date),
      ...(figure.dateBasis ? { dateBasis: figure.dateBasis } : {}),
      since: sinceOrNull(figure.since),
      country: figure.country,
      places: figure.places.slice(0, 50).map((place) => clip(place, 200)),
      source: clipOrNull(figure.source, 300),
      isUpdate: figure.isUpdate,
      ...(figure.confidence ? { confidence: figure.confidence } : {}),
      span: figure.span,
      provenance: { articleId: article.articleId, url: article.url, sentence: clip(figure.sentence, 5_000) },
    })),
});
