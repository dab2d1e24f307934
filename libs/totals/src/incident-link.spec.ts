import { TotalsLedger } from './totals-ledger';
import { article, incidentFigure } from './report-builder.testing';

// Issue 13: each report says how sure its link to the incident is, and a new incident that nearly matches one
// already held is offered to a person as a merge.
describe('how sure an incident link is', () => {
  const konduga = { value: 15, country: 'NG', places: ['Konduga'], date: '2024-03-04' };

  it('is sure of the same named town on the same day', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('AFP', '2024-03-04T09:10:00Z'), [
      incidentFigure('A suicide bomber killed 15 people at a cattle market in Konduga on Monday, police said.', konduga),
    ]);
    ledger.apply(article('Reuters', '2024-03-04T09:40:00Z'), [
      incidentFigure('Fifteen people were killed when a bomber blew himself up in a market in Konduga.', konduga),
    ]);
    const [first, second] = ledger.incidents()[0].reports;
    expect(first.link).toEqual({ evidence: 'first-report', certainty: 'high' });
    expect(second.link).toEqual({ evidence: 'same-place-same-day', certainty: 'high' });
  });

  it('is unsure of a follow-up days later that names no day of its own', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('AFP', '2024-03-04T09:10:00Z'), [
      incidentFigure('A suicide bomber killed 15 people at a cattle market in Konduga on Monday, police said.', konduga),
    ]);
    ledger.apply(article('Premium Times', '2024-03-07T10:00:00Z'), [
      incidentFigure('The toll from the Konduga market bombing has risen to 19, residents said.', {
        ...konduga,
        value: 19,
        isUpdate: true,
        date: null,
      }),
    ]);
    expect(ledger.incidents()).toHaveLength(1);
    expect(ledger.incidents()[0].reports[1].link).toEqual({ evidence: 'story-follow-up', certainty: 'low' });
  });

  it('is less sure of a same-day count that names no town', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('AFP', '2024-03-04T09:10:00Z'), [
      incidentFigure('A suicide bomber killed 15 people at a cattle market in Konduga on Monday, police said.', konduga),
    ]);
    ledger.apply(article('Xinhua', '2024-03-05T08:00:00Z'), [
      incidentFigure('Fifteen people were killed in an attack in northeast Nigeria on Monday, a military source said.', {
        value: 15,
        country: 'NG',
        date: '2024-03-04',
      }),
    ]);
    expect(ledger.incidents()[0].reports[1].link).toEqual({ evidence: 'no-place-same-day', certainty: 'medium' });
  });

  it('offers a merge for a count told a day later that names no town', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('AFP', '2024-03-04T09:10:00Z'), [
      incidentFigure('A suicide bomber killed 15 people at a cattle market in Konduga on Monday, police said.', konduga),
    ]);
    const update = ledger.apply(article('Xinhua', '2024-03-05T18:00:00Z'), [
      incidentFigure('Eleven people were killed in an attack in northeast Nigeria on Tuesday, a military source said.', {
        value: 11,
        country: 'NG',
        date: '2024-03-05',
      }),
    ]);
    // Two days told, two tolls: two incidents for the totals until a person says they are one.
    expect(ledger.incidents()).toHaveLength(2);
    expect(update.suggestedMerges).toEqual([
      { incidentId: update.incidents[0].incidentId, withIncidentId: konduga15(ledger), why: expect.stringContaining('1 day(s) apart') },
    ]);
  });

  it('offers no merge for an attack in another named town', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('AFP', '2024-03-04T09:10:00Z'), [
      incidentFigure('A suicide bomber killed 15 people at a cattle market in Konduga on Monday, police said.', konduga),
    ]);
    const update = ledger.apply(article('AFP', '2024-03-04T15:00:00Z'), [
      incidentFigure('Gunmen killed seven farmers in Gwoza on Monday.', {
        value: 7,
        country: 'NG',
        places: ['Gwoza'],
        date: '2024-03-04',
        victims: 'civilians',
      }),
    ]);
    expect(update.suggestedMerges).toEqual([]);
  });
});

const konduga15 = (ledger: TotalsLedger): string => ledger.incidents().find((i) => i.value === 15)?.incidentId ?? '';
