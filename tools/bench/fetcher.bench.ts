// npm run bench (or directly: node -r @swc-node/register tools/bench/fetcher.bench.ts): feeds polled per
// minute by 1 and by 2 fetcher processes sharing one registry (issue 14), on local feed servers that
// answer after 100-400 ms like real outlets. More feeds are due than the fetchers can poll (a 1 s
// interval), so the figure is each setup's ceiling: FEED_CONCURRENCY polls in flight per fetcher, and
// HOST_CONCURRENCY per host across both. Each setup gets a fresh database, topics and feed servers.
// Prints one JSON line and one human line.
import { createTestDatabase, freePort, requireKafka, runServiceProcess, type ServiceProcess, TEST_BROKERS, uniqueName, waitFor } from '@cw/testing';
import { readFileSync } from 'node:fs';
import { startFeedFarm } from '../../apps/fetcher/src/feed-farm.testing';

const FEEDS = Number(process.env.BENCH_FETCHER_FEEDS ?? 600);
const HOSTS = Number(process.env.BENCH_FETCHER_HOSTS ?? 50);
const WINDOW_S = Number(process.env.BENCH_FETCHER_WINDOW_S ?? 60);
const LATENCY_MS: [number, number] = [100, 400];
const INTERVAL_MS = 1000;
const CONCURRENCY = 16;
const HOST_CONCURRENCY = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// utime + stime of a process, in seconds (clock ticks of 10 ms on Linux).
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

interface SetupResult {
  fetchers: number;
  pollsPerMinute: number;
  cpuMsPerPoll: number;
  maxOpenPerFeed: number;
  maxOpenPerHost: number;
}

const runSetup = async (fetchers: number): Promise<SetupResult> => {
  const database = await createTestDatabase();
  const farm = await startFeedFarm({ feeds: FEEDS, hosts: HOSTS, latencyMs: LATENCY_MS });
  const prefix = `${uniqueName('bench-fetcher')}.`;
  const processes: ServiceProcess[] = [];
  try {
    const env = {
      KAFKA_BROKERS: TEST_BROKERS.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_PARTITIONS: '3',
      DATABASE_URL: database.url,
      FEED_URLS: farm.urls.join(','),
      FEED_POLL_INTERVAL_MS: String(INTERVAL_MS),
      FEED_CONCURRENCY: String(CONCURRENCY),
      HOST_CONCURRENCY: String(HOST_CONCURRENCY),
      FETCH_ARTICLE_PAGES: 'false',
      ALLOW_PRIVATE_HOSTS: '127.0.0.1:*',
      LOG_LEVEL: 'warn',
    };
    const ports: number[] = [];
    for (let i = 0; i < fetchers; i++) {
      const port = await freePort();
      ports.push(port);
      processes.push(runServiceProcess('fetcher', { ...env, HTTP_PORT: String(port) }));
    }
    await waitFor(async () => (await Promise.all(ports.map((port) => fetch(`http://127.0.0.1:${port}/health/live`)))).every((r) => r.ok), {
      timeoutMs: 120_000,
      what: () => `the fetchers up\n${processes.map((p) => p.output()).join('\n')}`,
    });
    // Warm-up: the first round publishes one new article per feed; then a few seconds of steady polling.
    await waitFor(() => farm.urls.every((url) => (farm.requestTimes.get(url)?.length ?? 0) >= 2), {
      timeoutMs: 300_000,
      intervalMs: 500,
      what: 'two polls of every feed',
    });
    await sleep(5_000);
    farm.resetPeaks();
    const requests0 = farm.requests();
    const cpu0 = processes.map((p) => cpuSeconds(p.pid));
    const start = Date.now();
    await sleep(WINDOW_S * 1000);
    const polls = farm.requests() - requests0;
    const seconds = (Date.now() - start) / 1000;
    const cpu = processes.reduce((sum, p, i) => sum + cpuSeconds(p.pid) - cpu0[i], 0);
    return {
      fetchers,
      pollsPerMinute: Math.round((polls / seconds) * 60),
      cpuMsPerPoll: Math.round((cpu / polls) * 1000 * 100) / 100,
      maxOpenPerFeed: farm.maxOpenPerFeed(),
      maxOpenPerHost: farm.maxOpenPerHost(),
    };
  } finally {
    await Promise.all(processes.map((p) => p.stop('SIGTERM')));
    await farm.close();
    await database.drop();
  }
};

const main = async () => {
  await requireKafka();
  const one = await runSetup(1);
  const two = await runSetup(2);
  const result = {
    bench: 'fetcher',
    feeds: FEEDS,
    hosts: HOSTS,
    latencyMs: `${LATENCY_MS[0]}-${LATENCY_MS[1]}`,
    intervalMs: INTERVAL_MS,
    concurrency: CONCURRENCY,
    hostConcurrency: HOST_CONCURRENCY,
    windowSeconds: WINDOW_S,
    pollsPerMinuteOne: one.pollsPerMinute,
    pollsPerMinuteTwo: two.pollsPerMinute,
    speedup: Math.round((two.pollsPerMinute / one.pollsPerMinute) * 100) / 100,
    cpuMsPerPollOne: one.cpuMsPerPoll,
    cpuMsPerPollTwo: two.cpuMsPerPoll,
    maxOpenPerFeed: Math.max(one.maxOpenPerFeed, two.maxOpenPerFeed),
    maxOpenPerHost: Math.max(one.maxOpenPerHost, two.maxOpenPerHost),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(
    `fetcher: ${result.pollsPerMinuteOne} feeds polled per minute with 1 fetcher, ${result.pollsPerMinuteTwo} with 2 (x${result.speedup}); ` +
      `${FEEDS} feeds on ${HOSTS} hosts answering in ${result.latencyMs} ms; at most ${result.maxOpenPerFeed} request per feed and ${result.maxOpenPerHost} per host at once\n`,
  );
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
