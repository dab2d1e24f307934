// `npm start`: Kafka (fetched and started if missing), Postgres checked, the three services started
// on the embedded sample feed unless FEED_URLS is set; prints where to look at the totals.
import { startSampleFeedServer } from '@cw/testing';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const root = `${__dirname}/..`;
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casualty_watch';
const aggregatorPort = process.env.AGGREGATOR_HTTP_PORT ?? '3002';

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
};

const ensurePostgres = async () => {
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  for (let attempt = 0; attempt < 2; attempt++) {
    const client = new Client({ connectionString: maintenance.toString() });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      if (attempt > 0) throw new Error(`Postgres is not reachable at ${maintenance.host}: ${(error as Error).message}`);
      // On a development machine of this kind Postgres is installed but may be stopped.
      spawnSync('bash', ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'], { stdio: 'inherit' });
    }
  }
};

const main = async () => {
  run('bash', ['tools/kafka/start.sh']);
  run('npm', ['run', '-s', 'build:dashboard']);
  await ensurePostgres();
  const feed = process.env.FEED_URLS ? null : await startSampleFeedServer(Number(process.env.SAMPLE_FEED_PORT ?? 8790));
  // One admin key for the demo, unless the operator gave one: the dashboard and admin routes need it.
  const adminKey = process.env.ADMIN_API_KEY || randomBytes(12).toString('hex');
  const env = {
    ...process.env,
    ADMIN_API_KEY: adminKey,
    FETCHER_ADMIN_API_KEY: adminKey,
    DATABASE_URL: databaseUrl,
    ...(feed ? { FEED_URLS: feed.feedUrl, ALLOW_PRIVATE_HOSTS: `127.0.0.1:${new URL(feed.feedUrl).port}` } : {}),
  };
  if (feed) console.log(`sample feed: ${feed.feedUrl}`);

  const services: ChildProcess[] = [];
  const startApp = (name: string, extra: Record<string, string> = {}) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${name}/src/main.ts`], {
      cwd: root,
      env: { ...env, ...extra },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} exited (${signal ?? code}); stopping the others`);
        void stop(1);
      }
    });
    services.push(child);
  };
  let stopping = false;
  const stop = async (code = 0) => {
    stopping = true;
    for (const child of services) child.kill('SIGTERM');
    await Promise.all(services.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)))));
    await feed?.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  startApp('aggregator', { HTTP_PORT: aggregatorPort });
  startApp('extractor');
  startApp('fetcher');

  const totalsUrl = `http://127.0.0.1:${aggregatorPort}/totals/SY`;
  for (let waited = 0; waited < 120_000; waited += 1000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    try {
      const totals = (await (await fetch(totalsUrl)).json()) as { killed?: number };
      if (totals.killed) break;
    } catch {
      // not listening yet
    }
  }
  console.log(
    `\nCasualty Watch is running. Totals:\n  curl -s ${totalsUrl}\n  curl -s http://127.0.0.1:${aggregatorPort}/totals\n` +
      `Dashboard: http://127.0.0.1:${aggregatorPort}/dashboard  (admin key: ${adminKey})\nCtrl-C stops it.\n`,
  );
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
