/**
 * Why a message could not be handled decides what happens to it (as KafkaJS marks its own errors
 * `retriable`): an `infrastructure` failure (the broker, the database connection, a timeout) is retried
 * with backoff, because the same message will go through once the dependency is back; a `message`
 * failure (its content, its contract, a value Postgres refuses) would fail the same way forever, so
 * the message goes to the dead-letter topic alone and the partition moves on.
 */
export type FailureClass = 'infrastructure' | 'message';

/** An error a handler throws to say "this message can never be handled", with a stable code. */
export class MessageRejected extends Error {
  readonly retriable = false;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageRejected';
  }
}

// SQLSTATE classes about the data sent, not the server: 22 data exception (a NUL in text, a date out
// of range, a number too big), 23 integrity constraint, 54 program limit (a row or array too large).
const MESSAGE_SQL_CLASSES = new Set(['22', '23', '54']);
// Broker answers about one record: retrying the same bytes gets the same answer.
const MESSAGE_KAFKA_TYPES = new Set(['MESSAGE_TOO_LARGE', 'INVALID_RECORD', 'RECORD_LIST_TOO_LARGE', 'CORRUPT_MESSAGE']);
const NETWORK_CODES = /^(?:E(?:CONN\w*|TIMEDOUT|PIPE|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|ADDRNOTAVAIL|NETDOWN)|UND_ERR_\w+)$/;
const INFRASTRUCTURE_WORDS = /\b(?:timed? ?out|timeout|connection|connect|terminated|socket|ECONN\w*|pool|shutting down|not queryable)\b/i;

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  type?: unknown;
  retriable?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** Which side of the line `error` falls on; unknown errors about no dependency are the message's. */
export const classifyFailure = (error: unknown): FailureClass => {
  if (typeof error !== 'object' || error === null) return 'message';
  const e = error as ErrorShape;
  if (e.retriable === true) return 'infrastructure';
  if (error instanceof MessageRejected || e.name === 'ZodError') return 'message';
  const name = typeof e.name === 'string' ? e.name : '';
  if (name.startsWith('KafkaJS')) {
    return typeof e.type === 'string' && MESSAGE_KAFKA_TYPES.has(e.type) ? 'message' : classifyCause(e) ?? 'infrastructure';
  }
  // TypeORM's QueryFailedError carries the driver's error; the SQLSTATE is on either.
  const sqlState = [e.code, (e.driverError as ErrorShape | undefined)?.code].find((c) => typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c));
  if (typeof sqlState === 'string') return MESSAGE_SQL_CLASSES.has(sqlState.slice(0, 2)) ? 'message' : 'infrastructure';
  if (typeof e.code === 'string' && NETWORK_CODES.test(e.code)) return 'infrastructure';
  if (typeof e.message === 'string' && INFRASTRUCTURE_WORDS.test(e.message)) return 'infrastructure';
  return classifyCause(e) ?? 'message';
};

const classifyCause = (e: ErrorShape): FailureClass | null =>
  e.cause && typeof e.cause === 'object' && e.cause !== e ? classifyFailure(e.cause) : null;

/** The error in words for a dead letter: its code where it has one, never its stack. */
export const describeFailure = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error).slice(0, 2_000);
  const code = (error as ErrorShape).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`.slice(0, 2_000);
};
