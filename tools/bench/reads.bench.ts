// npm run bench, reads (issue 14): p50 and p99 of the totals API's read routes on five years of data.
// A fresh test database gets the aggregator's migrations and the realistic volume (reads-volume.ts: one
// million figures, 200,000 incidents, 100 countries, five years), then the aggregator runs as its own
// process (Kafka on the test broker, topics of its own) and each route is asked a few hundred times, one
// request at a time, with parameters that vary as a dashboard's and an analyst's would.
// BENCH_READS_DATABASE_URL reuses a database loaded before (and keeps it). Prints one JSON line and a table.
import { createTestDatabase, freePort, runServiceProcess, TEST_BROKERS, uniqueName, waitFor } from '@cw/testing';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { createAggregatorDataSource } from '../../apps/aggregator/src/database/data-source';
import { loadRealisticVolume, VOLUME } from './reads-volume';

const REQUESTS = Number(process.env.BENCH_READS_REQUESTS ?? 300);
const WARM_UP = 20;
const TARGET_P99_MS = 50;
const METRICS = ['killed', 'injured', 'displaced', 'kidnapped', 'missing'];

let seed = 14;
const random = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed % n;
};
const pick = <T>(items: readonly T[]): T => items[random(items.length)];
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const dayOf = (offset: number) => new Date(Date.parse(`${VOLUME.firstDay}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
/** A period as people ask for one: a month, a quarter, a year, a few weeks from any day, or since a day. */
const period = (): string => {
  const start = random(VOLUME.days - 30);
  const kind = random(5);
  if (kind === 0) return `from=${dayOf(start).slice(0, 8)}01&to=${dayOf(start).slice(0, 8)}28`;
  if (kind === 1) return `from=${dayOf(start)}&to=${dayOf(Math.min(VOLUME.days - 1, start + 90))}`;
  if (kind === 2) return `from=${dayOf(start).slice(0, 4)}-01-01&to=${dayOf(start).slice(0, 4)}-12-31`;
  if (kind === 3) return `from=${dayOf(start)}&to=${dayOf(start + 1 + random(29))}`;
  return `from=${dayOf(start)}`;
};
const optional = (part: () => string, oneIn = 2) => (random(oneIn) === 0 ? part() : '');
const query = (...parts: string[]) => {
  const kept = parts.filter(Boolean);
  return kept.length > 0 ? `?${kept.join('&')}` : '';
};

interface Route {
  name: string;
  /** In the issue's target (p99 < 50 ms); the others are measured and shown beside. */
  target: boolean;
  paths: () => string[];
}

const main = async () => {
  const reuse = process.env.BENCH_READS_DATABASE_URL;
  const database = reuse ? { url: reuse, drop: async () => undefined } : await createTestDatabase();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (!reuse) {
    const dataSource = await createAggregatorDataSource(database.url).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const started = Date.now();
    log('loading the realistic volume:');
    await loadRealisticVolume(db, log);
    log(`loaded in ${Math.round((Date.now() - started) / 1000)} s`);
    await db.end();
  }
  const db = new Client({ connectionString: database.url });
  await db.connect();
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM incident_reports)::int AS figures, (SELECT count(*) FROM incidents)::int AS incidents,
      (SELECT count(DISTINCT country) FROM incidents)::int AS countries, (SELECT count(*) FROM totals_history)::int AS changes,
      (SELECT count(*) FROM daily_totals)::int AS "dayRows", (SELECT min(day)::text || ' to ' || max(day)::text FROM incidents) AS days`)
  ).rows[0] as Record<string, number | string>;
  const countries = (await db.query(`SELECT DISTINCT country FROM incidents ORDER BY 1`)).rows.map((r: { country: string }) => r.country);
  const regions = (await db.query(`SELECT DISTINCT country, region FROM incidents WHERE region IS NOT NULL ORDER BY 1, 2`)).rows as {
    country: string;
    region: string;
  }[];
  const lastChange = Number((await db.query(`SELECT max(id) AS id FROM totals_history`)).rows[0].id);
  await db.end();

  const prefix = `${uniqueName('bench-reads')}.`;
  const port = await freePort();
  const aggregator = runServiceProcess('aggregator', {
    KAFKA_BROKERS: TEST_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_GROUP_ID: `${prefix}aggregator`,
    KAFKA_PARTITIONS: '3',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    HTTP_PORT: String(port),
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${base}/totals/SY`).catch(() => null))?.ok === true, {
      timeoutMs: 120_000,
      what: () => `the aggregator's API\n${aggregator.output()}`,
    });
    const region = () => pick(regions);
    const routes: Route[] = [
      { name: '/totals', target: true, paths: () => [`/totals${query(optional(period))}`] },
      {
        name: '/totals/:country?from=&to=',
        target: true,
        paths: () => {
          const r = region();
          return [
            `/totals/${random(4) === 0 ? r.country : pick(countries)}${query(period(), '')}`,
            `/totals/${r.country}${query(period(), `region=${encodeURIComponent(r.region)}`)}`,
          ].slice(0, 1 + Number(random(4) === 0));
        },
      },
      {
        name: '/totals/history',
        target: true,
        paths: () => [`/totals/history${query(`country=${pick(countries)}`, `metric=${pick(METRICS)}`, optional(period))}`],
      },
      {
        // A dashboard's pages: the first ones, of everything or of a country, metric, period or region.
        name: '/incidents (paged)',
        target: true,
        paths: () => {
          const r = region();
          const filters = pick([
            [],
            [`country=${r.country}`],
            [`country=${r.country}`, `metric=${pick(METRICS)}`],
            [`metric=${pick(METRICS)}`],
            [period()],
            [`country=${r.country}`, period()],
            [`country=${r.country}`, `region=${encodeURIComponent(r.region)}`],
          ]);
          return [`/incidents${query(...filters, 'limit=50', `offset=${50 * random(20)}`)}`];
        },
      },
      {
        // Following `next` from the start or from a recent change, with the filters a reader sets.
        name: '/totals/changes (paged)',
        target: true,
        paths: () => {
          const filters = pick([
            [],
            [`country=${pick(countries)}`],
            [`country=${pick(countries)}`, `metric=${pick(METRICS)}`],
            [`metric=${pick(METRICS)}`],
            [period()],
          ]);
          const after = pick([0, 0, lastChange - random(lastChange), lastChange - random(20_000)]);
          return [`/totals/changes${query(...filters, 'limit=100', after > 0 ? `after=${after}` : '')}`];
        },
      },
      // No database and no work: what any request takes on the machine at the time, others' load included.
      { name: '/health/live (the floor)', target: false, paths: () => ['/health/live'] },
      {
        name: '/totals/regions (map)',
        target: false,
        paths: () => [`/totals/regions${query(`country=${region().country}`, `metric=${pick(METRICS)}`, optional(period))}`],
      },
      {
        name: '/totals?at=',
        target: false,
        paths: () => [`/totals?at=${dayOf(random(VOLUME.days))}T12:00:00Z`],
      },
    ];

    const results: Record<string, { p50: number; p99: number; max: number; requests: number; target: boolean }> = {};
    for (const route of routes) {
      const times: number[] = [];
      const slow: [number, string][] = [];
      for (let i = 0; i < WARM_UP + REQUESTS; i++) {
        for (const path of route.paths()) {
          const started = process.hrtime.bigint();
          const response = await fetch(`${base}${path}`);
          await response.arrayBuffer();
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          if (!response.ok) throw new Error(`${path} answered ${response.status}`);
          if (i >= WARM_UP) times.push(ms);
          if (i >= WARM_UP) slow.push([ms, path]);
        }
      }
      times.sort((a, b) => a - b);
      const round = (ms: number) => Math.round(ms * 10) / 10;
      results[route.name] = {
        p50: round(percentile(times, 50)),
        p99: round(percentile(times, 99)),
        max: round(times[times.length - 1]),
        requests: times.length,
        target: route.target,
      };
      log(`  ${route.name}: p50 ${results[route.name].p50} ms, p99 ${results[route.name].p99} ms (${times.length} requests)`);
      // The slowest requests, to tell a slow kind of request from the machine's hiccups.
      for (const [ms, path] of slow.sort((a, b) => b[0] - a[0]).slice(0, 4)) log(`    ${round(ms)} ms ${path}`);
    }
    const met = Object.values(results).every((r) => !r.target || r.p99 < TARGET_P99_MS);
    // Others' work on the shared machine while the routes were timed (1, 5 and 15 minute load averages).
    const loadAverage = loadavg().map((l) => Math.round(l * 10) / 10);
    process.stdout.write(`${JSON.stringify({ bench: 'reads', ...counts, targetP99Ms: TARGET_P99_MS, met, loadAverage, routes: results })}\n`);
  } finally {
    await aggregator.stop('SIGTERM');
    if (!reuse) await database.drop();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`reads bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
