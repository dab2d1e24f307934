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
// The machine is shared, so beside the wall-clock times it gives the CPU time each start took (user +
// system, from /proc), which other work on the machine slows much less. Prints one JSON line. Target:
// each built service starts in under 2 s.
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
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const SERVICES = (['fetcher', 'extractor', 'aggregator'] as const).filter((s) => (process.env.BENCH_SERVICES ?? s).split(',').includes(s));
const STARTS = Number(process.env.BENCH_STARTS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number) => +(bytes / 1e6).toFixed(1);

// utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
const cpuMsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

interface Start {
  wallMs: number;
  cpuMs: number;
}

/** From spawn to the first 200 of /health/live, and the CPU the process spent until then; then a clean stop. */
const timeStart = async (name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Start> => {
  const port = await freePort();
  const started = performance.now();
  const service = spawnServiceProcess(name, args, { cwd, env: { ...env, HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port) } });
  const start = await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health/live`)).status === 200, {
    timeoutMs: 60_000,
    intervalMs: 5,
    what: () => `${name} /health/live\n${service.output().slice(-2000)}`,
  }).then(
    () => ({ wallMs: performance.now() - started, cpuMs: cpuMsOf(service.pid) }),
    async (error: unknown) => {
      await service.stop('SIGKILL');
      throw error;
    },
  );
  const code = await service.stop('SIGTERM');
  if (code !== 0) throw new Error(`${name} stopped with ${code}\n${service.output().slice(-2000)}`);
  return start;
};

const summary = (starts: Start[]) => ({
  ms: Math.round(median(starts.map((s) => s.wallMs))),
  minMs: Math.round(Math.min(...starts.map((s) => s.wallMs))),
  maxMs: Math.round(Math.max(...starts.map((s) => s.wallMs))),
  cpuMs: Math.round(median(starts.map((s) => s.cpuMs))),
});

const main = async () => {
  await requireKafka();
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const database = await createTestDatabase();
  const prefix = `${uniqueName('bench-images')}.`;
  const result: Record<string, unknown> = { bench: 'images', starts: STARTS, loadAverage: +loadavg()[0].toFixed(1) };
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
        // The first start makes the topics and tables; the next ones are the usual restart.
        const built: Start[] = [];
        for (let i = 0; i <= STARTS; i++) built.push(await timeStart(service, stage.command.slice(1), stage.dir, env));
        const sources: Start[] = [];
        const fromSources = ['-r', '@swc-node/register', `apps/${service}/src/main.ts`];
        const sourcesEnv = { ...process.env, ...env, NODE_ENV: 'production' };
        for (let i = 0; i < STARTS; i++) sources.push(await timeStart(service, fromSources, ROOT, sourcesEnv));
        const total = folderBytes(stage.dir);
        const dependencies = folderBytes(join(stage.dir, 'node_modules'));
        result[service] = {
          imageAppMB: mb(total),
          buildOutputMB: mb(total - dependencies),
          nodeModulesMB: mb(dependencies),
          firstStartMs: Math.round(built[0].wallMs),
          start: summary(built.slice(1)),
          fromSources: summary(sources),
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
