import { TotalsLedger } from './totals-ledger';
import { article, incidentFigure } from './report-builder.testing';

// Issue 12, "no catastrophic totals": a figure that would move a country by an implausible amount is applied as
// provisional and flagged for a person, never silently added.
describe('provisional incidents', () => {
  const sy = { country: 'SY', places: ['Idlib'], date: '2024-03-10' };

  it('holds an incident above what one incident reaches out of the totals, and says why', () => {
    const ledger = new TotalsLedger();
    const update = ledger.apply(article('Wire', '2024-03-10T12:00:00Z', 'a'), [
      incidentFigure('Strikes killed 25,000 people in Idlib on Sunday.', { value: 25_000, ...sy }),
    ]);
    expect(update.changes).toEqual([]);
    expect(ledger.incidentTotals().SY?.killed ?? 0).toBe(0);
    expect(ledger.provisionalTotals().SY.killed).toBe(25_000);
    expect(ledger.incidents()[0].provisional).toMatch(/more than any one incident reaches/);
  });

  it('holds a tenfold jump of one incident, and counts it again once a report brings it back', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('Wire', '2024-03-10T12:00:00Z', 'a'), [
      incidentFigure('Shelling killed 12 people in Idlib on Sunday.', { value: 12, ...sy }),
    ]);
    const jump = ledger.apply(article('Paper', '2024-03-10T18:00:00Z', 'b'), [
      incidentFigure('The toll from the shelling in Idlib on Sunday rose to 1,200.', { value: 1_200, isUpdate: true, ...sy }),
    ]);
    expect(jump.changes).toEqual([expect.objectContaining({ before: 12, after: 0, delta: -12 })]);
    expect(ledger.incidentTotals().SY.killed).toBe(0);
    expect(ledger.provisionalTotals().SY.killed).toBe(1_200);
    const back = ledger.apply(article('Agency', '2024-03-11T08:00:00Z', 'c'), [
      incidentFigure('The toll from the shelling in Idlib on Sunday was revised down to 15.', { value: 15, isUpdate: true, ...sy }),
    ]);
    expect(back.changes).toEqual([expect.objectContaining({ before: 0, after: 15, delta: 15 })]);
    expect(ledger.incidentTotals().SY.killed).toBe(15);
    expect(ledger.provisionalTotals()).toEqual({});
  });

  it('counts an ordinary toll rise at once', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('Wire', '2024-03-10T12:00:00Z', 'a'), [incidentFigure('A bomb killed 12 people in Idlib on Sunday.', { value: 12, ...sy })]);
    ledger.apply(article('Paper', '2024-03-10T18:00:00Z', 'b'), [
      incidentFigure('The toll from the bombing in Idlib on Sunday rose to 60.', { value: 60, isUpdate: true, ...sy }),
    ]);
    expect(ledger.incidentTotals().SY.killed).toBe(60);
  });

  it('adds nothing for "dozens were wounded" until a report gives a number (CONVENTIONS.md: no vague count in the totals)', () => {
    const ledger = new TotalsLedger();
    ledger.apply(article('Wire', '2024-03-10T12:00:00Z', 'a'), [
      incidentFigure('Dozens were wounded when shells hit a market in Idlib on Sunday.', { metric: 'injured', value: 12, vague: true, ...sy }),
    ]);
    expect(ledger.incidentTotals().SY.injured).toBe(0);
    ledger.apply(article('Agency', '2024-03-10T18:00:00Z', 'b'), [
      incidentFigure('Thirty-four people were wounded in the market shelling in Idlib on Sunday.', { metric: 'injured', value: 34, ...sy }),
    ]);
    expect(ledger.incidentTotals().SY.injured).toBe(34);
  });

  it('stops counting an incident whose only count its source withdrew', () => {
    // Issue 12, retractions: "a toll later called unverified and withdrawn: the withdrawn figure must stop counting".
    const ledger = new TotalsLedger();
    ledger.apply(article('Wire', '2024-03-10T12:00:00Z', 'a'), [
      incidentFigure('Strikes killed 40 people in Idlib on Sunday, a monitor said.', { value: 40, ...sy }),
    ]);
    expect(ledger.incidentTotals().SY.killed).toBe(40);
    ledger.apply(article('Wire', '2024-03-11T12:00:00Z', 'b'), [
      incidentFigure('The monitor withdrew its earlier figure that strikes killed 40 people in Idlib on Sunday.', {
        value: 40,
        confidence: { score: 0.3, doubts: ['withdrawn'] },
        ...sy,
      }),
    ]);
    expect(ledger.incidentTotals().SY?.killed ?? 0).toBe(0);
    expect(ledger.incidents()).toHaveLength(1);
  });
});
