// npm run bench:images: what each service's image holds and how fast it starts (issue 14), without a Docker
// engine. Builds the services (npm run build), assembles each runtime stage of deploy/Dockerfile in a
// temporary folder (the build output, then `npm ci --omit=dev`: assembleRuntimeStage) and measures:
// - size: every byte under the image's /app (du -sb), split into the build output and node_modules; the
//   node:20-bookworm-slim base under it is the same for the three and not counted;
// - start: from spawning `node main.js` to the first 200 of /health/live (the HTTP server listens only once
//   the service has started: migrations run, topics made, consumers joined), each service alone on the
//   machine, on the local broker and Postgres; the first start (topics and tables made) apart from the
//   median of the next ones, and beside it the same service run from its TypeScript sources as
//   `npm start` does (@swc-node/register), which is how the images ran before.
// Prints one JSON line. Target: each built service starts in under 2 s.
import {
  assembleRuntimeStage,
  createTestDatabase,
  folderBytes,
  freePort,
  requireKafka,
  spawnServiceProcess,
  TEST_BROKERS,
  uniqueName,
  waitFor,
} from '@cw/testing';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const SERVICES = (['fetcher', 'extractor', 'aggregator'] as const).filter((s) => (process.env.BENCH_SERVICES ?? s).split(',').includes(s));
const STARTS = Number(process.env.BENCH_STARTS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number) => +(bytes / 1e6).toFixed(1);

/** Milliseconds from spawn to the first 200 of /health/live; then a clean stop. */
const timeStart = async (name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> => {
  const port = await freePort();
  const started = performance.now();
  const service = spawnServiceProcess(name, args, { cwd, env: { ...env, HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port) } });
  try {
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health/live`)).status === 200, {
      timeoutMs: 60_000,
      intervalMs: 5,
      what: () => `${name} /health/live\n${service.output().slice(-2000)}`,
    });
    return performance.now() - started;
  } finally {
    const code = await service.stop('SIGTERM');
    if (code !== 0) throw new Error(`${name} stopped with ${code}\n${service.output().slice(-2000)}`);
  }
};

const main = async () => {
  await requireKafka();
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const database = await createTestDatabase();
  const prefix = `${uniqueName('bench-images')}.`;
  const result: Record<string, unknown> = { bench: 'images', starts: STARTS };
  try {
    for (const service of SERVICES) {
      const stage = assembleRuntimeStage(service);
      try {
        const env: NodeJS.ProcessEnv = {
          PATH: process.env.PATH,
          ...stage.env,
          LOG_LEVEL: 'warn',
          KAFKA_BROKERS: TEST_BROKERS.join(','),
          KAFKA_TOPIC_PREFIX: prefix,
          ...(service === 'extractor' ? {} : { DATABASE_URL: database.url }),
          ...(service === 'fetcher' ? {} : { KAFKA_GROUP_ID: `${prefix}${service}` }),
        };
        const built: number[] = [];
        for (let i = 0; i <= STARTS; i++) built.push(await timeStart(service, stage.command.slice(1), stage.dir, env));
        const sources: number[] = [];
        const fromSources = ['-r', '@swc-node/register', `apps/${service}/src/main.ts`];
        for (let i = 0; i < STARTS; i++)
          sources.push(await timeStart(service, fromSources, ROOT, { ...process.env, ...env, NODE_ENV: 'production' }));
        const total = folderBytes(stage.dir);
        const dependencies = folderBytes(join(stage.dir, 'node_modules'));
        result[service] = {
          imageAppMB: mb(total),
          buildOutputMB: mb(total - dependencies),
          nodeModulesMB: mb(dependencies),
          firstStartMs: Math.round(built[0]),
          startMs: Math.round(median(built.slice(1))),
          maxStartMs: Math.round(Math.max(...built.slice(1))),
          fromSourcesStartMs: Math.round(median(sources)),
        };
      } finally {
        stage.remove();
      }
    }
  } finally {
    await database.drop();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
