import type { CasualtyFigure } from './casualty-figure';
import { readReport } from './read-report';

const read = (text: string, publishedAt: string): CasualtyFigure[] => readReport(text, { publishedAt }).figures;

describe('readReport: attackers counted one by one', () => {
  it('sums "one blew himself up ... two were shot dead" after the insurgents are named into one militants figure', () => {
    const figures = read(
      'MAIDUGURI, Nigeria (Reuters) - Suicide bombers killed 11 worshippers at a mosque in Konduga on Tuesday, police said. Four insurgents stormed the mosque during prayers. One blew himself up inside the hall and two were shot dead by soldiers, a military source said.',
      '2024-07-03T09:00:00Z',
    );
    const militants = figures.filter((f) => f.victims === 'militants');
    expect(militants).toHaveLength(1);
    expect(militants[0]).toMatchObject({ metric: 'killed', value: 3 });
    expect(figures.find((f) => f.victims === 'civilians')).toMatchObject({ value: 11 });
  });
  it('leaves a count with a noun of its own ("killed 20 officials") out of the attackers', () => {
    const figures = read(
      'NIAMEY, Niger (AFP) - A car bomb killed 9 civilians at a market in Niger on Sunday, police said. Soldiers said they later killed the bomber. The group said its fighters had killed 20 officials.',
      '2024-07-03T09:00:00Z',
    );
    expect(figures.filter((f) => f.victims === 'militants' && f.value === 20)).toEqual([]);
  });
});
