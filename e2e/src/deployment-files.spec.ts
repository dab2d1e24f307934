import { describeConfig, loadConfig } from '@cw/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICE_CONFIG_SCHEMAS } from './service-config-schemas';

const ROOT = join(__dirname, '../..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { image?: string; build?: { target: string; dockerfile: string }; environment?: Record<string, unknown>; healthcheck?: unknown }>;
};
const dockerfile = readFileSync(join(ROOT, 'deploy/Dockerfile'), 'utf8');

// No Docker engine runs here, so the compose file is checked against what the services validate.
describe('docker-compose.yml', () => {
  it('runs the official Kafka and Postgres images with health checks', () => {
    expect(compose.services.kafka.image).toMatch(/^apache\/kafka:4\./);
    expect(compose.services.postgres.image).toMatch(/^postgres:\d+/);
    expect(compose.services.kafka.healthcheck).toBeDefined();
    expect(compose.services.postgres.healthcheck).toBeDefined();
  });

  describe.each(Object.entries(SERVICE_CONFIG_SCHEMAS))('the %s service', (app, schema) => {
    const service = compose.services[app];
    // Compose fills ${VAR:-default} from the shell; the defaults are what a plain `up` uses.
    const environment = Object.fromEntries(
      Object.entries(service.environment ?? {}).map(([name, value]) => [name, String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
    );

    it('is built from its own Dockerfile target', () => {
      expect(service.build).toMatchObject({ dockerfile: 'deploy/Dockerfile', target: app });
      expect(dockerfile).toMatch(new RegExp(`^FROM base AS ${app}$`, 'm'));
    });

    it('sets only variables the service reads', () => {
      expect(Object.keys(environment).filter((name) => !(name in schema))).toEqual([]);
    });

    it('passes the service configuration check', () => {
      expect(() => loadConfig(app, schema, environment)).not.toThrow();
    });
  });
});

describe('deploy/env examples', () => {
  it.each(Object.entries(SERVICE_CONFIG_SCHEMAS))('lists every variable of the %s schema with its description', (app, schema) => {
    const example = readFileSync(join(ROOT, 'deploy/env', `${app}.env.example`), 'utf8');
    expect(example).toBe(describeConfig(schema));
  });
});
