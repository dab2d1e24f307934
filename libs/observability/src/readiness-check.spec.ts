import { failureReason, withinTimeout } from './readiness-check';

describe('failureReason', () => {
  it('blanks credentials in URLs a driver error quotes', () => {
    expect(failureReason(new Error('connect failed: postgres://cw:s3cret@db:5432/cw'))).toBe('connect failed: postgres://***@db:5432/cw');
  });

  it('keeps a probe answer short', () => {
    expect(failureReason('x'.repeat(1000))).toHaveLength(300);
  });
});

describe('withinTimeout', () => {
  it('rejects, naming the dependency, when the work does not answer in time', async () => {
    await expect(withinTimeout(new Promise(() => undefined), 10, 'Kafka')).rejects.toThrow('Kafka did not answer within 10 ms');
  });
});
