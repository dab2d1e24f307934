import pino, { type Logger } from 'pino';

/** JSON lines on stdout: a constant message, the data in fields, the service name on every line. */
export const createServiceLog = (service: string, level: string): Logger =>
  pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime, redact: ['*.password', '*.apiKey', 'headers.authorization'] });
