/** The slice of a pino logger the Kafka runner writes to: a constant message, data in fields. */
export interface StructuredLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLog: StructuredLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
