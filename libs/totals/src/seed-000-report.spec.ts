import type { CasualtyFigure } from '@cw/extraction';
import { TotalsLedger } from './totals-ledger';
import { incidentFigure, tallyFigure } from './report-builder.testing';

// shared/seeds/000_5d8a1befe3af6c37.txt, read as shared/eval/seed.expected.json labels it
// ("incident_totals_after_this_report": { "SY": { "killed": 70, "injured": 0, "displaced": 0 } }).
const seed = { articleId: 'seed-000', url: 'https://example.org/seed-000', outlet: 'AFP', publishedAt: '2019-08-10T15:00:00Z' };
const monitor = 'Syrian Observatory for Human Rights';

const figures: CasualtyFigure[] = [
  incidentFigure(
    'Clashes between regime loyalists and insurgents in northwest Syria killed 70 combatants on Saturday, as government forces continued to nibble away at territory held by its opponents, a war monitor said.',
    {
      value: 70,
      victims: 'combatants',
      date: '2019-08-10',
      country: 'SY',
      places: ['Hama', 'Idlib', 'Latakia'],
      source: monitor,
      breakdown: [
        { group: 'pro-government forces', value: 32 },
        { group: 'jihadists and allied rebels', value: 38 },
      ],
    },
  ),
  tallyFigure(
    'But it has come under increasing bombardment by Damascus and its backer Moscow since the end of April that has killed, according to the Observatory, more than 800 civilians.',
    {
      value: 800,
      qualifier: 'more_than',
      victims: 'civilians',
      since: '2019-04-30',
      country: 'SY',
      places: ['Idlib'],
      source: monitor,
    },
  ),
  tallyFigure('Nearly 80 people have lost their lives in retaliatory fire on regime-held territory in that same period, the monitor said.', {
    value: 80,
    qualifier: 'nearly',
    victims: 'unspecified',
    since: '2019-04-30',
    country: 'SY',
    source: monitor,
  }),
  tallyFigure('The violence has also pushed 400,000 people from their homes, according to the United Nations.', {
    metric: 'displaced',
    value: 400000,
    since: '2019-04-30',
    country: 'SY',
    places: ['Idlib'],
    source: 'United Nations',
  }),
  tallyFigure(
    "Syria's conflict has killed a total of more than 370,000 people and displaced millions since it started with the brutal repression of anti-government protests in 2011.",
    {
      value: 370000,
      qualifier: 'more_than',
      since: '2011',
      country: 'SY',
    },
  ),
];

describe('the seed report (AFP, Saturday 2019-08-10)', () => {
  it("adds 70 to Syria's killed, not 140 and not the 800, 80 or 370,000 of the tallies", () => {
    const ledger = new TotalsLedger();
    ledger.apply(seed, figures);
    expect(ledger.incidentTotals()).toEqual({ SY: { killed: 70, injured: 0, displaced: 0 } });
  });

  it('keeps the four tallies beside the totals', () => {
    const ledger = new TotalsLedger();
    ledger.apply(seed, figures);
    expect(
      ledger
        .reportedTallies()
        .map((t) => t.value)
        .sort((a, b) => a - b),
    ).toEqual([80, 800, 370000, 400000]);
  });

  it('writes one history row for the 70, citing its sentence', () => {
    const ledger = new TotalsLedger();
    ledger.apply(seed, figures);
    expect(ledger.history()).toEqual([
      expect.objectContaining({ country: 'SY', metric: 'killed', day: '2019-08-10', before: 0, after: 70, delta: 70, articleId: 'seed-000' }),
    ]);
  });
});
