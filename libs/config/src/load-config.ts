import type { ConfigSchema, ConfigValues } from './config-schema';

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  readonly retriable = false;
  constructor(
    readonly service: string,
    readonly problems: { name: string; problem: string; description: string }[],
  ) {
    const width = Math.max(...problems.map((p) => p.name.length));
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    const lines = problems.map((p) => `  ${p.name.padEnd(width)}  ${p.problem}  (${p.description})`);
    super([`${service}: configuration is invalid (${count})`, ...lines].join('\n'));
    this.name = 'ConfigError';
  }
}

/** Reads every variable of the schema from `source`, reporting all problems at once. */
export const loadConfig = <S extends ConfigSchema>(service: string, schema: S, source: Record<string, string | undefined>): ConfigValues<S> => {
  const values: Record<string, unknown> = {};
  const problems: ConstructorParameters<typeof ConfigError>[1] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = source[name] === undefined || source[name] === '' ? spec.default : source[name];
    if (raw === undefined) {
      problems.push({ name, problem: 'missing', description: spec.description });
      continue;
    }
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) {
      values[name] = parsed.data;
    } else {
      const why = parsed.error.issues.map((issue) => issue.message).join('; ');
      const shown = spec.secret ? 'the value' : JSON.stringify(raw);
      problems.push({ name, problem: `${shown} is invalid: ${why}`, description: spec.description });
    }
  }
  if (problems.length > 0) throw new ConfigError(service, problems);
  return values as ConfigValues<S>;
};

/** The lines of a deploy/env/<app>.env.example file for a schema. */
export const describeConfig = (schema: ConfigSchema): string =>
  Object.entries(schema)
    .map(([name, spec]) => `# ${spec.description}${spec.secret ? ' (secret)' : ''}\n${name}=${spec.default ?? ''}`)
    .join('\n\n') + '\n';
