import type { CasualtyFigure } from '@cw/extraction';
import { figureId } from '../figure-id';
import { article, incidentFigure, tallyFigure } from '../report-builder.testing';
import type { ArticleMeta } from '../reported-figure';
import { TotalsLedger } from '../totals-ledger';
import type { Correction, CorrectionAction } from './correction';
import type { CorrectionRefusal } from './correction-check';
import { apartIncidentId } from './correction-set';

let n = 0;
const by = (action: CorrectionAction): Correction => ({
  ...action,
  correctionId: `c${++n}`,
  by: 'analyst',
  at: '2024-06-01T10:00:00Z',
  why: 'checked',
});

const applied = (result: ReturnType<TotalsLedger['correct']>) => {
  if ('refused' in result) throw new Error(`refused: ${result.why}`);
  return result;
};

// A story in Quetta: a toll that rises, a wrong "9,000" for "90" from a third outlet, and a separate attack in
// Kharkiv. What analysts correct in it is what the review queue brings them.
const quetta = { country: 'PK', places: ['Quetta'], date: '2024-05-06' };
const story: [ArticleMeta, CasualtyFigure[]][] = [
  [article('AFP', '2024-05-06T07:00:00Z'), [incidentFigure('A bomb blast in Quetta killed 12 people on Monday.', { value: 12, ...quetta })]],
  [
    article('Reuters', '2024-05-06T12:00:00Z'),
    [incidentFigure('The death toll from the Quetta blast rose to 20, a hospital official said.', { value: 20, isUpdate: true, ...quetta })],
  ],
  [article('Daily', '2024-05-06T20:00:00Z'), [incidentFigure('The toll in Quetta rose to 9,000.', { value: 9000, isUpdate: true, ...quetta })]],
  [
    article('AP', '2024-05-07T08:00:00Z'),
    [
      incidentFigure('A missile strike on Kharkiv killed four civilians.', {
        value: 4,
        victims: 'civilians',
        country: 'UA',
        places: ['Kharkiv'],
        date: '2024-05-07',
      }),
    ],
  ],
];
const idOf = (i: number, f = 0) => figureId(story[i][0].articleId, story[i][1][f]);

const replay = (corrections: Correction[], at: 'before' | 'after' | 'middle') => {
  const ledger = new TotalsLedger();
  const correctAll = () => corrections.forEach((c) => ledger.correct(c, { waitForSubjects: true }));
  if (at === 'before') correctAll();
  story.forEach(([meta, figures], i) => {
    ledger.apply(meta, figures);
    if (at === 'middle' && i === 2) correctAll();
  });
  if (at === 'after') correctAll();
  return ledger;
};

describe('corrections an analyst makes', () => {
  it('holds a "9,000" that one report jumped to as provisional, and counts it as 90 once corrected', () => {
    const ledger = replay([], 'after');
    expect(ledger.incidentTotals().PK.killed).toBe(0);
    const update = applied(ledger.correct(by({ action: 'change', figureId: idOf(2), incidentId: idOf(0), change: { value: 90 } })));
    expect(ledger.incidentTotals().PK.killed).toBe(90);
    expect(update.changes).toEqual([expect.objectContaining({ before: 0, after: 90, delta: 90, correctionId: `c${n}`, figureId: idOf(2) })]);
    expect(update.incidents[0]).toMatchObject({ value: 90, provisional: null, corrected: { machine: { value: 9000 } } });
  });

  it('rejects the wrong figure: the incident counts what the others say', () => {
    const ledger = replay([], 'after');
    applied(ledger.correct(by({ action: 'reject', figureId: idOf(2), incidentId: idOf(0) })));
    expect(ledger.incidentTotals().PK.killed).toBe(20);
  });

  it('confirms a provisional figure: it counts', () => {
    const ledger = replay([], 'after');
    const update = applied(ledger.correct(by({ action: 'confirm', figureId: idOf(2), incidentId: idOf(0) })));
    expect(ledger.incidentTotals().PK.killed).toBe(9000);
    expect(update.changes.map((c) => c.delta)).toEqual([9000]);
  });

  it('sets an estimate by hand, with the note', () => {
    const ledger = replay([], 'after');
    applied(ledger.correct({ ...by({ action: 'set-estimate', incidentId: idOf(0), value: 23 }), why: 'the provincial health ministry gives 23' }));
    expect(ledger.incidentTotals().PK.killed).toBe(23);
    expect(ledger.incidents().find((i) => i.incidentId === idOf(0))?.corrected?.incident?.estimate).toMatchObject({
      value: 23,
      why: 'the provincial health ministry gives 23',
    });
  });

  it('moves a report out into an incident of its own, and merges two incidents into one count', () => {
    const ledger = replay([by({ action: 'reject', figureId: idOf(2), incidentId: idOf(0) })], 'after');
    applied(ledger.correct(by({ action: 'split', figureId: idOf(1), incidentId: idOf(0) })));
    // 12 where it was, 20 in its own incident.
    expect(ledger.incidentTotals().PK.killed).toBe(32);
    expect(ledger.incidents().map((i) => [i.incidentId, i.value])).toEqual(
      expect.arrayContaining([
        [idOf(0), 12],
        [apartIncidentId(idOf(1)), 20],
      ]),
    );
    const merge = applied(ledger.correct(by({ action: 'merge', incidentId: apartIncidentId(idOf(1)), intoIncidentId: idOf(0) })));
    // One attack again: its estimate, never the sum.
    expect(ledger.incidentTotals().PK.killed).toBe(20);
    expect(merge.changes.map((c) => [c.incidentId, c.delta]).sort()).toEqual(
      [
        [apartIncidentId(idOf(1)), -20],
        [idOf(0), 8],
      ].sort(),
    );
  });

  it('moves a figure read as killed to the injured', () => {
    const ledger = replay([], 'after');
    applied(ledger.correct(by({ action: 'change', figureId: idOf(3), incidentId: idOf(3), change: { metric: 'injured' } })));
    expect(ledger.incidentTotals().UA).toMatchObject({ killed: 0, injured: 4 });
  });

  it('moves a figure to the day it happened: the count leaves one day for the other', () => {
    const ledger = replay([], 'after');
    const update = applied(ledger.correct(by({ action: 'change', figureId: idOf(3), incidentId: idOf(3), change: { date: '2024-05-06' } })));
    expect(update.changes.map((c) => [c.day, c.delta])).toEqual([
      ['2024-05-07', -4],
      ['2024-05-06', 4],
    ]);
    expect(ledger.totalsBetween('UA', 'killed', '2024-05-06', '2024-05-06')).toBe(4);
  });

  it('gives a figure read with no country its country, and it counts', () => {
    const ledger = new TotalsLedger();
    const meta = article('AFP', '2024-01-01T00:00:00Z');
    const figure = incidentFigure('Three people were killed in the attack, the army said.', { value: 3 });
    const update = ledger.apply(meta, [figure]);
    expect(update.loose).toEqual([expect.objectContaining({ figureId: figureId(meta.articleId, figure), reason: 'no-country' })]);
    applied(ledger.correct(by({ action: 'change', figureId: figureId(meta.articleId, figure), incidentId: null, change: { country: 'ml' } })));
    expect(ledger.incidentTotals().ML.killed).toBe(3);
  });

  it('makes a tally an incident, and an incident a tally', () => {
    const ledger = new TotalsLedger();
    const meta = article('AFP', '2024-02-01T09:00:00Z');
    const tally = tallyFigure('Fighting has killed 40 people in Gao since Sunday.', { value: 40, country: 'ML', since: '2024-01-28' });
    ledger.apply(meta, [tally]);
    expect(ledger.reportedTallies()).toHaveLength(1);
    const made = applied(
      ledger.correct(
        by({ action: 'change', figureId: figureId(meta.articleId, tally), incidentId: null, change: { kind: 'incident', date: '2024-01-28' } }),
      ),
    );
    expect(ledger.incidentTotals().ML.killed).toBe(40);
    expect(made.talliesRemoved).toHaveLength(1);
    expect(ledger.reportedTallies()).toEqual([]);

    const back = applied(
      ledger.correct(by({ action: 'change', figureId: figureId(meta.articleId, tally), incidentId: null, change: { kind: 'cumulative' } })),
    );
    expect(ledger.incidentTotals().ML.killed).toBe(0);
    expect(back.tallies).toEqual([expect.objectContaining({ value: 40 })]);
  });

  it('counts a redelivered figure as corrected, and a correction applied twice once', () => {
    const ledger = replay([], 'after');
    const correction = by({ action: 'change', figureId: idOf(2), incidentId: idOf(0), change: { value: 90 } });
    applied(ledger.correct(correction));
    expect(ledger.apply(...story[2])).toMatchObject({ changes: [] });
    expect(applied(ledger.correct(correction)).changes).toEqual([]);
    expect(ledger.incidentTotals().PK.killed).toBe(90);
  });

  it.each([
    ['an unknown figure', by({ action: 'reject', figureId: 'f'.repeat(32), incidentId: null }), 'not-found'],
    ['a merge across countries', by({ action: 'merge', incidentId: idOf(3), intoIncidentId: idOf(0) }), 'invalid'],
    ['a merge into itself', by({ action: 'merge', incidentId: idOf(0), intoIncidentId: idOf(0) }), 'invalid'],
    ['a change of nothing', by({ action: 'change', figureId: idOf(0), incidentId: idOf(0), change: {} }), 'invalid'],
    ['a day that is no day', by({ action: 'change', figureId: idOf(0), incidentId: idOf(0), change: { date: '2024-02-30' } }), 'invalid'],
  ])('refuses %s and says why', (_, correction, refused) => {
    const ledger = replay([], 'after');
    expect(ledger.correct(correction)).toEqual(expect.objectContaining({ refused }));
    expect(ledger.incidentTotals().PK.killed).toBe(0);
  });

  it('refuses a merge that would make an incident count inside itself', () => {
    const ledger = replay([], 'after');
    applied(ledger.correct(by({ action: 'split', figureId: idOf(1), incidentId: idOf(0) })));
    applied(ledger.correct(by({ action: 'merge', incidentId: apartIncidentId(idOf(1)), intoIncidentId: idOf(0) })));
    const loop = ledger.correct(by({ action: 'merge', incidentId: idOf(0), intoIncidentId: apartIncidentId(idOf(1)) })) as CorrectionRefusal;
    expect(loop.refused).toBe('conflict');
  });
});

describe('corrections on a replay from the start of the topics', () => {
  const corrections = () => [
    by({ action: 'change', figureId: idOf(2), incidentId: idOf(0), change: { value: 90 } }),
    by({ action: 'split', figureId: idOf(1), incidentId: idOf(0) }),
    by({ action: 'change', figureId: idOf(3), incidentId: idOf(3), change: { metric: 'injured', value: 5 } }),
    by({ action: 'merge', incidentId: apartIncidentId(idOf(1)), intoIncidentId: idOf(0) }),
  ];

  it('ends at the corrected totals whether the corrections come before, amid or after the reports', () => {
    const live = replay(corrections(), 'after');
    expect(live.incidentTotals()).toEqual({ PK: { killed: 90, injured: 0, displaced: 0 }, UA: { killed: 0, injured: 5, displaced: 0 } });
    expect(replay(corrections(), 'before').incidentTotals()).toEqual(live.incidentTotals());
    expect(replay(corrections(), 'middle').incidentTotals()).toEqual(live.incidentTotals());
  });

  it('sums its history to the totals, correction by correction', () => {
    const ledger = replay(corrections(), 'after');
    const summed: Record<string, number> = {};
    for (const change of ledger.history())
      summed[`${change.country}|${change.metric}`] = (summed[`${change.country}|${change.metric}`] ?? 0) + change.delta;
    expect(summed).toEqual({ 'PK|killed': 90, 'UA|killed': 0, 'UA|injured': 5 });
  });

  it('moves the totals the same when each article and correction starts from what a store kept', () => {
    // The aggregator's way: each step a new ledger from the incidents written back so far, with every correction.
    const stored = new Map<string, ReturnType<TotalsLedger['incidents']>[number]>();
    const all = corrections();
    const kept: Correction[] = [];
    const step = (run: (ledger: TotalsLedger) => { incidents: ReturnType<TotalsLedger['incidents']> }) => {
      const ledger = new TotalsLedger({}, { incidents: [...stored.values()], corrections: kept });
      for (const incident of run(ledger).incidents) stored.set(incident.incidentId, incident);
    };
    story.forEach(([meta, figures]) => step((ledger) => ledger.apply(meta, figures)));
    for (const correction of all) {
      step((ledger) => applied(ledger.correct(correction)));
      kept.push(correction);
    }
    const counted = new TotalsLedger({}, { incidents: [...stored.values()], corrections: kept });
    expect(counted.incidentTotals()).toEqual(replay(all, 'after').incidentTotals());
  });
});
