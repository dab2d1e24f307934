import { type ConfigSchema, describeConfig, loadConfig } from '@cw/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readDockerfileStages, runtimeStageProblems } from './dockerfile-stages';

const ROOT = join(__dirname, '../../..');

interface ComposeService {
  image?: string;
  build?: { target: string; dockerfile: string };
  environment?: Record<string, unknown>;
  healthcheck?: unknown;
}

export const readCompose = (): Record<string, ComposeService> =>
  (parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> }).services;

/**
 * No Docker engine runs here, so each service's part of docker-compose.yml and its env example are
 * checked against the configuration schema the service itself validates at start.
 */
export const describeDeployment = (app: 'fetcher' | 'extractor' | 'aggregator', schema: ConfigSchema): void => {
  describe(`the ${app} deployment`, () => {
    const service = readCompose()[app];
    // Compose fills ${VAR:-default} from the shell; the defaults are what a plain `up` uses.
    const environment = Object.fromEntries(
      Object.entries(service?.environment ?? {}).map(([name, value]) => [name, String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
    );

    it('is a docker-compose service built from its own Dockerfile target', () => {
      expect(service?.build).toMatchObject({ dockerfile: 'deploy/Dockerfile', target: app });
      expect(readDockerfileStages().map((stage) => stage.name)).toContain(app);
    });

    it(`has an image (deploy/Dockerfile target ${app}) of its build output and production dependencies only, run as a user other than root`, () => {
      expect(runtimeStageProblems(readDockerfileStages(), app)).toEqual([]);
    });

    it('sets in docker-compose.yml only variables the service reads', () => {
      expect(Object.keys(environment).filter((name) => !(name in schema))).toEqual([]);
    });

    it('passes the service configuration check with the docker-compose.yml environment', () => {
      expect(() => loadConfig(app, schema, environment)).not.toThrow();
    });

    it(`lists every variable with its description in deploy/env/${app}.env.example`, () => {
      expect(readFileSync(join(ROOT, 'deploy/env', `${app}.env.example`), 'utf8')).toBe(describeConfig(schema));
    });
  });
};
