import { z } from 'zod';

export interface ConfigVariable<T extends z.ZodType = z.ZodType> {
  schema: T;
  description: string;
  /** A default that works on a developer machine; secrets never have one. */
  default?: string;
  /** Never printed, not even in an error. */
  secret?: boolean;
}

export type ConfigSchema = Record<string, ConfigVariable>;

export type ConfigValues<S extends ConfigSchema> = { [K in keyof S]: z.infer<S[K]['schema']> };

export const variable = <T extends z.ZodType>(
  schema: T,
  description: string,
  options: { default?: string; secret?: boolean } = {},
): ConfigVariable<T> => ({ schema, description, ...options });

// Reusable readers of environment strings: they refuse what they cannot read, never coerce to a default.
export const env = {
  integer: (min: number, max = Number.MAX_SAFE_INTEGER) =>
    z.string().regex(/^\d+$/, `not an integer`).transform(Number).pipe(z.number().int().min(min).max(max)),
  boolean: () => z.enum(['true', 'false']).transform((value) => value === 'true'),
  list: () =>
    z.string().transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  brokers: () =>
    z
      .string()
      .transform((value) => value.split(',').map((item) => item.trim()))
      .pipe(z.array(z.string().regex(/^[^\s:/]+:\d{1,5}$/, 'not host:port')).min(1)),
  postgresUrl: () => z.url({ protocol: /^postgres(ql)?$/, error: 'not a postgres:// URL' }),
  httpUrls: () =>
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: 'not an http(s) URL' }))),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
};
