import { recordTally, toReportedTally } from './reported-tally';
import { article, tallyFigure } from './report-builder.testing';

describe('recordTally', () => {
  const monitor = { country: 'SY', source: 'Syrian Observatory for Human Rights', since: '2019-04-30' };

  it('keeps "more than 800 civilians" and "nearly 80 people" since the end of April as two tallies', () => {
    // shared/seeds/000_5d8a1befe3af6c37.txt
    const meta = article('AFP', '2019-08-10T15:00:00Z');
    const civilians = toReportedTally(
      meta,
      tallyFigure('...since the end of April that has killed, according to the Observatory, more than 800 civilians.', {
        value: 800,
        victims: 'civilians',
        ...monitor,
      }),
    );
    const retaliation = toReportedTally(
      meta,
      tallyFigure('Nearly 80 people have lost their lives in retaliatory fire on regime-held territory in that same period, the monitor said.', {
        value: 80,
        victims: 'unspecified',
        ...monitor,
      }),
    );
    const { tallies } = recordTally(recordTally([], civilians).tallies, retaliation);
    expect(tallies.map((t) => t.value)).toEqual([800, 80]);
  });

  it('does not let an older report of a tally replace a newer one', () => {
    const newer = toReportedTally(
      article('AFP', '2019-08-20T10:00:00Z'),
      tallyFigure('more than 900 civilians', { value: 900, victims: 'civilians', ...monitor }),
    );
    const older = toReportedTally(
      article('AFP', '2019-08-10T15:00:00Z'),
      tallyFigure('more than 800 civilians', { value: 800, victims: 'civilians', ...monitor }),
    );
    const result = recordTally([newer], older);
    expect(result.changed).toBeNull();
    expect(result.tallies).toEqual([newer]);
  });
});
