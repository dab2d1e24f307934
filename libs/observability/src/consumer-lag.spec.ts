import { partitionLags } from './consumer-lag';

describe('partitionLags', () => {
  it('is the log end offset minus the committed offset, per partition', () => {
    expect(
      partitionLags(
        [
          { partition: 0, high: '120', low: '0' },
          { partition: 1, high: '40', low: '0' },
        ],
        [
          { partition: 0, offset: '100' },
          { partition: 1, offset: '40' },
        ],
      ),
    ).toEqual([
      { partition: 0, lag: 20 },
      { partition: 1, lag: 0 },
    ]);
  });

  it('counts a partition the group never committed from the oldest retained offset', () => {
    expect(partitionLags([{ partition: 0, high: '500', low: '200' }], [{ partition: 0, offset: '-1' }])).toEqual([{ partition: 0, lag: 300 }]);
    expect(partitionLags([{ partition: 2, high: '7', low: '0' }], [])).toEqual([{ partition: 2, lag: 7 }]);
  });
});
