import { ConflictEventV1, FigureDoubt, type RawArticleV1 } from '@cw/contracts';
import { FIGURE_DOUBTS, readReport } from '@cw/extraction';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { conflictEventOf } from './conflict-event-of';
import { figureId } from '@cw/totals';
import { domainFigureOf, domainFiguresOf } from './domain-figure-of';

// shared/ beside the checkout, or where CW_SHARED_DIR says (a clone elsewhere; libs/testing cannot be imported here: it
// depends on this library).
const sharedPath = (...parts: string[]) => join(process.env.CW_SHARED_DIR ?? join(__dirname, '../../../../shared'), ...parts);

// shared/seeds/000_5d8a1befe3af6c37.txt as the fetcher publishes it.
const seed: RawArticleV1 = {
  schema: 'raw-article@1',
  articleId: 'a'.repeat(32),
  url: 'https://wire.example/syria-clashes',
  title: 'Clashes in northwest Syria kill 70 combatants: monitor',
  text: readFileSync(sharedPath('seeds', '000_5d8a1befe3af6c37.txt'), 'utf8'),
  publishedAt: '2019-08-10T15:00:00Z',
  outlet: 'Sample wire',
  language: 'en',
  feedUrl: null,
  fetchedAt: '2019-08-10T15:01:00Z',
};

describe('the conflict-event crossing', () => {
  const { figures } = readReport(seed.text, { publishedAt: seed.publishedAt });
  const event = conflictEventOf(seed, figures, new Date('2019-08-10T15:02:00Z'));

  it('publishes what extraction read, meeting the contract', () => {
    expect(ConflictEventV1.safeParse(event).error).toBeUndefined();
    expect(event.figures).toHaveLength(figures.length);
  });

  it('gives the same ids when the same article is read again', () => {
    const again = conflictEventOf(seed, readReport(seed.text, { publishedAt: seed.publishedAt }).figures, new Date());
    expect(again.eventId).toBe(event.eventId);
    expect(again.figures.map((f) => f.figureId)).toEqual(event.figures.map((f) => f.figureId));
  });

  it('hands the aggregator back exactly the figures extraction read', () => {
    expect(event.figures.map(domainFigureOf)).toEqual(figures);
  });

  it('hands them back knowing the ids they travelled with, the ids the ledger would give them', () => {
    const back = domainFiguresOf(event.articleId, event.figures);
    expect(back.map((figure) => figureId(event.articleId, figure))).toEqual(event.figures.map((f) => f.figureId));
    expect(back.map((figure) => figureId(event.articleId, { ...figure }))).toEqual(event.figures.map((f) => f.figureId));
  });

  // Issue 11: an event the extractor's own contract check refuses fails its publish; the article is then lost to
  // the dead letters. A tally's start read as the year -7975 or 30 BC, or a day before the year 1000, leaves instead.
  it('holds the contract when extraction reads a start or a day the contract refuses, and sends the figure without it', () => {
    const text = 'Since 9999 years ago, 500 people have been killed in Syria, the monitor said. Some 40 people have fled since February 30 BC.';
    const read = readReport(text, { publishedAt: seed.publishedAt }).figures;
    const odd = [...read, { ...read[0], kind: 'incident' as const, since: null, date: '0999-05-03', span: { start: 200, end: 202 } }];
    const hostile = conflictEventOf({ ...seed, text }, odd, new Date('2019-08-10T15:02:00Z'));
    expect(ConflictEventV1.safeParse(hostile).error).toBeUndefined();
    expect(hostile.figures).toHaveLength(odd.length);
    expect(hostile.figures.map((f) => [f.value, f.since, f.date])).toEqual(odd.map((f) => [f.value, null, f.date === '0999-05-03' ? null : f.date]));
  });

  it('carries every doubt extraction can give a figure, and no other', () => {
    expect(FigureDoubt.options).toEqual([...FIGURE_DOUBTS]);
    expect(event.figures.every((f) => f.confidence && f.confidence.score > 0 && f.confidence.score <= 1)).toBe(true);
  });
});
