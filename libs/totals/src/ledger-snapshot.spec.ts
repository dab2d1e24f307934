import { ledgerKeysFor, TotalsLedger } from './totals-ledger';
import { article, incidentFigure, tallyFigure } from './report-builder.testing';

// The aggregator never holds the whole ledger: per article it loads what ledgerKeysFor names, starts a
// ledger from that snapshot and writes back what apply returns. That must end where one ledger that
// saw every report ends.
describe('a ledger started from a stored snapshot', () => {
  const where = { country: 'PK', places: ['Quetta'], date: '2024-05-06' };
  const first = [
    incidentFigure('A bomb blast at a police training centre in Quetta killed 12 people on Monday.', { value: 12, ...where }),
    tallyFigure('More than 300 people have been killed in attacks in Balochistan since January, officials said.', {
      value: 300,
      qualifier: 'more_than',
      country: 'PK',
      since: '2024-01',
      source: 'officials',
    }),
  ];
  const second = [
    incidentFigure('The death toll from the Quetta blast rose to 20, a hospital official said.', { value: 20, isUpdate: true, ...where }),
  ];

  it('moves the totals exactly as a ledger that saw every report', () => {
    const whole = new TotalsLedger();
    const firstUpdate = whole.apply(article('AFP', '2024-05-06T07:00:00Z'), first);
    const wholeSecond = whole.apply(article('Reuters', '2024-05-06T12:00:00Z'), second);

    const keys = ledgerKeysFor(article('Reuters', '2024-05-06T12:00:00Z'), second);
    expect(keys.incidents).toEqual([{ country: 'PK', metric: 'killed', fromDay: '2024-04-29', toDay: '2024-05-13' }]);
    const stored = new TotalsLedger({}, { incidents: firstUpdate.incidents, tallies: firstUpdate.tallies });
    const partSecond = stored.apply(article('Reuters', '2024-05-06T12:00:00Z'), second);

    expect(partSecond.changes).toEqual(wholeSecond.changes);
    expect(partSecond.incidents).toEqual(wholeSecond.incidents);
    expect(partSecond.incidents[0]).toMatchObject({ value: 20, reports: [expect.anything(), expect.anything()] });
  });

  it('names the tallies an article may replace', () => {
    expect(ledgerKeysFor(article('AFP', '2024-05-06T07:00:00Z'), first).tallyKeys).toEqual(['officials|killed|PK|people|2024-01']);
  });
});
