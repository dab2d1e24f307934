import {
  assembleRuntimeStage,
  createTestDatabase,
  freePort,
  requireKafka,
  type RuntimeStage,
  type SampleFeedServer,
  type ServiceProcess,
  spawnServiceProcess,
  startSampleFeedServer,
  TEST_BROKERS,
  type TestDatabase,
  uniqueName,
  waitFor,
} from '@cw/testing';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const SERVICES = ['fetcher', 'extractor', 'aggregator'] as const;
type Service = (typeof SERVICES)[number];
// The workspace's tooling: the build stage has it, no image may.
const TOOLING = ['typescript', 'nx', '@nx', '@swc', '@swc-node', 'jest', 'eslint', 'prettier', 'playwright-core', 'vite', 'esbuild'];
const ADMIN_KEY = 'built-services-admin-key';

// Each service as its image runs it (deploy/Dockerfile, no Docker engine here): this checkout is built
// (`nx build`, as the image's build stage does), the runtime stage's files are assembled in a temporary
// folder (its build output, then `npm ci --omit=dev`), and its CMD runs there with plain node, on the real
// broker and Postgres, with its own topics, groups and database.
describe('the services as their images run them: built JavaScript and production dependencies only', () => {
  let database: TestDatabase;
  let feed: SampleFeedServer;
  const prefix = `${uniqueName('built')}.`;
  const stages = new Map<Service, RuntimeStage>();
  const running = new Map<Service, ServiceProcess>();
  const ports = new Map<Service, number>();
  const logs = () => [...running.values()].map((s) => `--- ${s.name}\n${s.output().slice(-3000)}`).join('\n');
  const url = (service: Service, path: string) => `http://127.0.0.1:${ports.get(service)}${path}`;

  beforeAll(async () => {
    await requireKafka();
    execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...SERVICES, '--output-style=static', '--skip-nx-cache'], {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: 'pipe',
    });
    for (const service of SERVICES) stages.set(service, assembleRuntimeStage(service));
    database = await createTestDatabase();
    feed = await startSampleFeedServer();
    for (const service of SERVICES) {
      const stage = stages.get(service) as RuntimeStage;
      const [node, ...args] = stage.command;
      expect(node).toBe('node');
      ports.set(service, await freePort());
      running.set(
        service,
        spawnServiceProcess(service, args, {
          cwd: stage.dir,
          // Only what a container would have: the image's ENV and what docker-compose.yml would set.
          env: {
            PATH: process.env.PATH,
            ...stage.env,
            HTTP_HOST: '127.0.0.1',
            HTTP_PORT: String(ports.get(service)),
            KAFKA_BROKERS: TEST_BROKERS.join(','),
            KAFKA_TOPIC_PREFIX: prefix,
            KAFKA_PARTITIONS: '2',
            ...(service === 'fetcher'
              ? {
                  DATABASE_URL: database.url,
                  ADMIN_API_KEY: ADMIN_KEY,
                  FEED_URLS: feed.feedUrl,
                  ALLOW_PRIVATE_HOSTS: `127.0.0.1:${new URL(feed.feedUrl).port}`,
                }
              : { KAFKA_GROUP_ID: `${prefix}${service}` }),
            ...(service === 'aggregator' ? { DATABASE_URL: database.url } : {}),
          },
        }),
      );
    }
  }, 600_000);

  afterAll(async () => {
    await Promise.all([...running.values()].map((service) => service.stop('SIGKILL')));
    for (const stage of stages.values()) stage.remove();
    await feed?.close();
    await database?.drop();
  });

  it.each(SERVICES)('%s: the image holds main.js, its package.json and production dependencies, and none of the tooling', (service) => {
    const { dir } = stages.get(service) as RuntimeStage;
    for (const file of ['main.js', 'package.json', 'package-lock.json', 'node_modules']) expect(existsSync(join(dir, file))).toBe(true);
    expect(TOOLING.filter((name) => existsSync(join(dir, 'node_modules', name)))).toEqual([]);
    for (const sources of ['src', 'apps', 'libs', 'tsconfig.base.json']) expect(existsSync(join(dir, sources))).toBe(false);
  });

  it.each(SERVICES)('%s: started with plain node from its build output, answers /health/ready 200 on real Kafka and Postgres', async (service) => {
    const ready = await waitFor(
      async () => {
        const response = await fetch(url(service, '/health/ready'));
        return response.status === 200 ? response.json() : undefined;
      },
      { timeoutMs: 60_000, what: () => `${service} /health/ready\n${logs()}` },
    );
    expect(ready).toMatchObject({ status: 'ok', info: { kafka: { status: 'up' } } });
  });

  it('finds its migrations and the dashboard in the build output', async () => {
    // Read routes answer only on the migrated schema of each service.
    expect((await fetch(url('aggregator', '/totals'))).status).toBe(200);
    expect((await fetch(url('fetcher', '/feeds'), { headers: { 'x-api-key': ADMIN_KEY } })).status).toBe(200);
    const dashboard = await fetch(url('aggregator', '/dashboard/'));
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('<title>Casualty Watch · dashboard</title>');
  });

  it('takes the seed report through the three built services: Syria killed 70', async () => {
    const totals = await waitFor(
      async () => {
        const response = await fetch(url('aggregator', '/totals/SY'));
        const body = response.ok ? ((await response.json()) as { killed?: number }) : undefined;
        return body?.killed === 70 ? body : undefined;
      },
      { timeoutMs: 120_000, what: () => `SY killed = 70\n${logs()}` },
    );
    expect(totals).toMatchObject({ country: 'SY', killed: 70 });
  });

  it('stops each built service cleanly on SIGTERM (exit code 0)', async () => {
    for (const service of [...SERVICES].reverse()) {
      expect(await (running.get(service) as ServiceProcess).stop('SIGTERM')).toBe(0);
    }
  });
});
