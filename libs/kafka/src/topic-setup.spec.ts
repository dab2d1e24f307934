import { topicReplicationFor } from './topic-setup';

describe('topicReplicationFor', () => {
  it('keeps three copies, two of them in sync for a write, on a cluster of three brokers', () => {
    expect(topicReplicationFor(3)).toEqual({ replicationFactor: 3, minInsyncReplicas: 2 });
  });

  it('keeps three copies on a bigger cluster too: a fourth copy costs more disk and traffic than it buys', () => {
    expect(topicReplicationFor(5)).toEqual({ replicationFactor: 3, minInsyncReplicas: 2 });
  });

  it('lets two brokers take writes with one of them down (min.insync.replicas=1)', () => {
    expect(topicReplicationFor(2)).toEqual({ replicationFactor: 2, minInsyncReplicas: 1 });
  });

  it('keeps one copy on the development broker', () => {
    expect(topicReplicationFor(1)).toEqual({ replicationFactor: 1, minInsyncReplicas: 1 });
  });

  it('never asks for fewer than one copy, whatever the metadata says', () => {
    expect(topicReplicationFor(0)).toEqual({ replicationFactor: 1, minInsyncReplicas: 1 });
  });
});
