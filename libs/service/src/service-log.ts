import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger } from 'pino';

// Every place a key can sit in a log line. pino-http binds the request to every line logged while it
// is handled, as req.headers; Nest's error line on a 5xx is one of those, and it carried the admin key
// (issue 11). Clients' errors may carry the headers they sent one or two levels down.
const SECRET_HEADERS = ['authorization', '["x-api-key"]', 'cookie', '["set-cookie"]', '["proxy-authorization"]'];
const REDACTED_PATHS = [
  '*.password',
  '*.apiKey',
  ...SECRET_HEADERS.flatMap((header) => {
    const field = header.startsWith('[') ? header : `.${header}`;
    return [`headers${field}`, `*.headers${field}`, `*.*.headers${field}`];
  }),
];

/** JSON lines on stdout: a constant message, the data in fields, the service name on every line. */
export const createServiceLog = (service: string, level: string, destination?: DestinationStream): Logger =>
  pino(
    { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination,
  );

/** Nest's logging through the service log: one wiring for every service, so the redaction holds in each. */
export const serviceLoggerModule = (log: Logger): DynamicModule => LoggerModule.forRoot({ pinoHttp: { logger: log, autoLogging: false } });
