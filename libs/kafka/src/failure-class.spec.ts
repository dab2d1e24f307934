import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSProtocolError } from 'kafkajs';
import { z } from 'zod';
import { classifyFailure, describeFailure, MessageRejected } from './failure-class';

// What the broker and the database throw, as their clients shape it.
const postgresError = (code: string, message: string) => Object.assign(new Error(message), { name: 'error', code });
const typeormError = (code: string, message: string) =>
  Object.assign(new Error(message), { name: 'QueryFailedError', driverError: postgresError(code, message) });

describe('classifyFailure', () => {
  it.each([
    ['a NUL in a sentence Postgres refuses (22P05)', postgresError('22P05', 'unsupported Unicode escape sequence')],
    ['year 0000 (22008)', typeormError('22008', 'date/time field value out of range: "0000-01-01"')],
    ['a value too large for its column (22003)', postgresError('22003', 'value "99999999999" is out of range for type integer')],
    ['a broken constraint (23514)', typeormError('23514', 'new row violates check constraint')],
    ['an index row too large (54000)', postgresError('54000', 'index row requires 9000 bytes, maximum size is 8191')],
    ['the producer contract check', (() => z.object({ a: z.string() }).safeParse({}).error)()],
    [
      'a message the broker finds too large',
      new KafkaJSProtocolError({ type: 'MESSAGE_TOO_LARGE', code: 10, retriable: false, message: 'too large' } as unknown as Error),
    ],
    ['a handler that says so', new MessageRejected('READING_TOO_COSTLY', 'over the budget')],
    ['a bug that one text triggers', new TypeError("Cannot read properties of undefined (reading 'date')")],
  ])('puts %s on the message', (_what, error) => {
    expect(classifyFailure(error)).toBe('message');
  });

  it.each([
    ['the database down', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['the connection cut', new Error('Connection terminated unexpectedly')],
    ['an admin shutdown (57P01)', postgresError('57P01', 'terminating connection due to administrator command')],
    ['a deadlock (40P01)', typeormError('40P01', 'deadlock detected')],
    ['a statement timeout (57014)', postgresError('57014', 'canceling statement due to statement timeout')],
    ['a missing table during a deploy (42P01)', postgresError('42P01', 'relation "incidents" does not exist')],
    ['the broker away', new KafkaJSConnectionError('Connection error: ECONNREFUSED')],
    ['a non-retriable broker error', new KafkaJSNonRetriableError('the broker refused')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
  ])('puts %s on the infrastructure', (_what, error) => {
    expect(classifyFailure(error)).toBe('infrastructure');
  });

  it('describes a failure by name, code and message, never with its stack', () => {
    const text = describeFailure(postgresError('22P05', 'unsupported Unicode escape sequence'));
    expect(text).toBe('error 22P05: unsupported Unicode escape sequence');
  });
});
