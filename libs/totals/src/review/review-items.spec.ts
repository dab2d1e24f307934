import { figureId } from '../figure-id';
import { article, incidentFigure, tallyFigure } from '../report-builder.testing';
import { TotalsLedger } from '../totals-ledger';
import { reviewItemsOf, tallyAboveTotal } from './review-items';

const options = { confidenceBelow: 0.5 };
const mogadishu = { country: 'SO', places: ['Mogadishu'], date: '2024-02-10' };

describe('what the review queue is given', () => {
  it('queues a figure read with low confidence, saying which doubts', () => {
    const ledger = new TotalsLedger();
    const update = ledger.apply(article('AFP', '2024-02-10T10:00:00Z'), [
      incidentFigure('Dozens were reportedly killed in Mogadishu, residents said.', {
        value: 24,
        vague: true,
        ...mogadishu,
        confidence: { score: 0.47, doubts: ['vague-count', 'source-in-doubt', 'no-source'] },
      }),
    ]);
    expect(reviewItemsOf(update, ledger.correctionSet(), options)).toEqual([
      expect.objectContaining({
        reason: 'low-confidence',
        country: 'SO',
        why: 'read with confidence 0.47: a vague count, a source in doubt, no source',
      }),
    ]);
  });

  it('queues a figure read with no country: it counts nowhere until someone gives it one', () => {
    const ledger = new TotalsLedger();
    const update = ledger.apply(article('AFP', '2024-01-01T00:00:00Z'), [
      incidentFigure('Three people were killed in the attack, the army said.', {
        value: 3,
        confidence: { score: 0.36, doubts: ['no-country', 'day-not-told'] },
      }),
    ]);
    expect(reviewItemsOf(update, ledger.correctionSet(), options)).toEqual([
      expect.objectContaining({ reason: 'low-confidence', incidentId: null, country: null }),
    ]);
  });

  it("queues a report far larger than its incident's others, and an incident one report jumped tenfold", () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('AFP', '2024-02-10T10:00:00Z'), [
      incidentFigure('Thirty people were killed in the hotel siege in Mogadishu.', { value: 30, ...mogadishu }),
    ]);
    const update = ledger.apply(article('Daily', '2024-02-10T18:00:00Z'), [
      incidentFigure('The toll of the Mogadishu siege rose to 3,000.', { value: 3000, isUpdate: true, ...mogadishu }),
    ]);
    expect(reviewItemsOf(update, ledger.correctionSet(), options).map((item) => [item.reason, item.why])).toEqual([
      ['far-larger', "3000 where the incident's other reports give at most 30"],
      ['provisional', '3000 killed in one incident is more than any one incident reaches (2000)'],
    ]);
  });

  it('queues a downward revision, and a suggested merge', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('Reuters', '2024-02-10T10:00:00Z'), [
      incidentFigure('At least 30 people were killed in the siege of the hotel in Mogadishu, police said.', { value: 30, ...mogadishu }),
    ]);
    const lowered = ledger.apply(article('Reuters', '2024-02-10T18:00:00Z'), [
      incidentFigure('Police revised the death toll down to 26.', { value: 26, isUpdate: true, ...mogadishu }),
    ]);
    expect(reviewItemsOf(lowered, ledger.correctionSet(), options)).toEqual([
      expect.objectContaining({ reason: 'downward-revision', why: 'a report lowered the estimate from 30 to 26' }),
    ]);
    const near = ledger.apply(article('AP', '2024-02-11T09:00:00Z'), [
      incidentFigure('Gunmen killed 15 people in Somalia on Sunday.', { value: 15, country: 'SO', date: '2024-02-11' }),
    ]);
    expect(reviewItemsOf(near, ledger.correctionSet(), options)).toEqual([expect.objectContaining({ reason: 'suggested-merge' })]);
  });

  it('brings back nothing a correction already settled', () => {
    const ledger = new TotalsLedger();
    const meta = article('AFP', '2024-02-10T10:00:00Z');
    const figure = incidentFigure('Dozens were killed in Mogadishu.', {
      value: 24,
      vague: true,
      ...mogadishu,
      confidence: { score: 0.3, doubts: [] },
    });
    ledger.correct(
      {
        action: 'confirm',
        figureId: figureId(meta.articleId, figure),
        incidentId: null,
        correctionId: 'c1',
        by: 'ana',
        at: '2024-02-11T00:00:00Z',
        why: 'seen',
      },
      { waitForSubjects: true },
    );
    expect(reviewItemsOf(ledger.apply(meta, [figure]), ledger.correctionSet(), options)).toEqual([]);
  });

  it('queues a tally above the totals of the days it covers, never a war-long one', () => {
    const ledger = new TotalsLedger();
    const update = ledger.apply(article('AFP', '2024-03-01T10:00:00Z'), [
      tallyFigure('Fighting has killed 400 people since February 1, the UN said.', { value: 400, country: 'SD', since: '2024-02-01', source: 'UN' }),
      tallyFigure('The war has killed 150,000 people since 2023.', { value: 150000, country: 'SD', since: '2023' }),
    ]);
    const [recent, warLong] = update.tallies;
    expect(tallyAboveTotal(recent, { firstDay: '2024-01-15', since: 120 })).toEqual(
      expect.objectContaining({ reason: 'tally-above-total', why: 'UN counts 400 killed since 2024-02-01, the totals 120' }),
    );
    expect(tallyAboveTotal(recent, { firstDay: '2024-01-15', since: 400 })).toBeNull();
    expect(tallyAboveTotal(warLong, { firstDay: '2024-01-15', since: 120 })).toBeNull();
  });
});
