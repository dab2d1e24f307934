import { readReport } from './read-report';
import { incidentTotals } from './incident-totals';

describe('incidentTotals', () => {
  it('counts an update of the same day once: "killed 30 ... the death toll rose to 45" adds 45, not 75', () => {
    const text = 'BEIRUT: A car bomb in the Syrian town of Afrin killed 30 people on Tuesday. The death toll rose to 45 on Tuesday, a monitor said.';
    const { figures } = readReport(text, {
      publishedAt: '2020-04-29T10:00:00Z',
    });
    expect(incidentTotals(figures)).toEqual({
      SY: { killed: 45, injured: 0, displaced: 0 },
    });
  });
  it('never adds running tallies: "more than 11,000 civilians have been killed ... since February 2022"', () => {
    const text = 'KYIV (AP) — The United Nations says more than 11,000 civilians have been killed in Ukraine since February 2022.';
    const { figures } = readReport(text, {
      publishedAt: '2024-05-19T10:00:00Z',
    });
    expect(figures.map((f) => f.kind)).toEqual(['cumulative']);
    expect(incidentTotals(figures)).toEqual({});
  });
});
