import { PartitionProgress } from './partition-progress';

describe('PartitionProgress', () => {
  let now = 0;
  const progress = () => new PartitionProgress(() => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('ages a partition from the first time its batch was handed over, across retries, until it moves', () => {
    const p = progress();
    p.started('cw.conflict-events.v1', 2);
    now += 30_000;
    p.started('cw.conflict-events.v1', 2); // KafkaJS retried the same batch
    now += 30_000;
    expect(p.ages()).toEqual([{ topic: 'cw.conflict-events.v1', partition: 2, ageSeconds: 60 }]);
    p.moved('cw.conflict-events.v1', 2);
    expect(p.ages()).toEqual([]);
  });

  it('is not ready while a partition has held the same work past the bound, and says which', async () => {
    const p = progress();
    const check = p.readiness(120_000);
    p.started('cw.raw-articles.v1', 0);
    now += 119_000;
    await expect(check.check()).resolves.toBeUndefined();
    now += 2_000;
    await expect(check.check()).rejects.toThrow('partition not moving: cw.raw-articles.v1[0] for 121 s');
  });

  it('forgets partitions a rebalance gave away, and everything when the consumer stops', () => {
    const p = progress();
    p.started('t', 0);
    p.started('t', 1);
    p.assigned('t', [1]);
    expect(p.ages().map((a) => a.partition)).toEqual([1]);
    p.cleared('t');
    expect(p.ages()).toEqual([]);
  });

  it("keeps one consumer's stalled partition through another consumer's rebalance and stop (one tracker, two topics)", () => {
    const p = progress();
    p.started('cw.conflict-events.v1', 0);
    now += 60_000;
    p.started('cw.dead-letters.v1', 0);
    p.assigned('cw.dead-letters.v1', [1]);
    p.cleared('cw.dead-letters.v1');
    now += 70_000;
    expect(p.ages()).toEqual([{ topic: 'cw.conflict-events.v1', partition: 0, ageSeconds: 130 }]);
  });
});
