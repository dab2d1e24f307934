import { fillDays } from './daily-series';

describe('fillDays', () => {
  it('draws the quiet days between two changes at 0 and carries the running total', () => {
    const series = [
      { day: '2024-05-06', value: 35, runningTotal: 35 },
      { day: '2024-05-09', value: 4, runningTotal: 39 },
    ];
    expect(fillDays(series)).toEqual([
      { day: '2024-05-06', value: 35, runningTotal: 35 },
      { day: '2024-05-07', value: 0, runningTotal: 35 },
      { day: '2024-05-08', value: 0, runningTotal: 35 },
      { day: '2024-05-09', value: 4, runningTotal: 39 },
    ]);
  });

  it('starts a chosen period at the running total it began with, not at 0', () => {
    // The API's running total counts from the first day on record, before the period too.
    const series = [{ day: '2019-08-10', value: 70, runningTotal: 170 }];
    expect(fillDays(series, '2019-08-09', '2019-08-11')).toEqual([
      { day: '2019-08-09', value: 0, runningTotal: 100 },
      { day: '2019-08-10', value: 70, runningTotal: 170 },
      { day: '2019-08-11', value: 0, runningTotal: 170 },
    ]);
  });

  it('leaves a period of more than ten years as the days that changed', () => {
    const series = [{ day: '2011-03-15', value: 1, runningTotal: 1 }];
    expect(fillDays(series, '2000-01-01', '2024-01-01')).toBe(series);
  });

  it('draws nothing when nothing changed', () => {
    expect(fillDays([], '2019-08-01', '2019-08-31')).toEqual([]);
  });
});
