// npm run bench: the aggregator's TotalsWriter alone, conflict events applied per second into Postgres
// (a fresh test database, the aggregator's migrations, each partition's batches of up to 500 as the consumer
// hands them over under a backlog, partitions side by side).
// Prints one JSON line and one human line.
import { ConflictEventV1, type CasualtyFigureV1 } from '@cw/contracts';
import type { PartitionBatch } from '@cw/kafka';
import { createTestDatabase } from '@cw/testing';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createAggregatorDataSource } from '../../apps/aggregator/src/database/data-source';
import { TotalsWriter } from '../../apps/aggregator/src/totals/totals-writer';

const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 3);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const CACHED_REPORTS = Number(process.env.BENCH_CACHED_REPORTS ?? 20_000); // the aggregator's default
const EVENTS = Number(process.env.BENCH_AGGREGATION_EVENTS ?? 10_000);
const REPEATS = Number(process.env.BENCH_AGGREGATION_REPEATS ?? 5);
const MAX_SECONDS = 45; // keeps the bench bounded however slow the writer gets
const COUNTRIES = ['SY', 'IQ', 'YE', 'AF', 'SO', 'SD', 'SS', 'ML', 'NG', 'CD', 'ET', 'UA', 'MM', 'LY', 'BF', 'NE', 'CF', 'MZ', 'PK', 'CO'];
const METRICS = ['killed', 'injured', 'displaced'] as const;

// The TotalsWriter is being reworked (incident identity): its construction and call live here only.
const totalsApplier = (dataSource: DataSource) => {
  const writer = new TotalsWriter(dataSource, 'cw-bench', { cachedReports: CACHED_REPORTS });
  return (batch: PartitionBatch<ConflictEventV1>) => writer.applyBatch(batch);
};

// The contract's ok fixture is the template, so the synthetic events follow the contract as it changes.
const template = ConflictEventV1.parse(
  JSON.parse(readFileSync(join(__dirname, '../../libs/contracts/fixtures/cw.conflict-events.v1/ok/seed-report.json'), 'utf8')),
);
const incidentTemplate = template.figures.find((f) => f.kind === 'incident')!;

const id = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

// A small deterministic generator: the same run yields the same events, so runs compare.
let seed = 42;
const random = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed % n;
};

const syntheticEvent = (n: number): ConflictEventV1 => {
  const articleId = id(`article-${n}`);
  const country = COUNTRIES[random(COUNTRIES.length)];
  const day = `2024-03-${String(1 + random(28)).padStart(2, '0')}`;
  const figures: CasualtyFigureV1[] = Array.from({ length: 1 + random(3) }, (_, i) => ({
    ...incidentTemplate,
    figureId: id(`${articleId}-${i}`),
    metric: METRICS[i],
    value: 1 + random(200),
    breakdown: [],
    date: day,
    country,
    places: [`Place ${random(50)}`],
    provenance: { ...incidentTemplate.provenance, articleId, url: `https://wire.example/${n}` },
  }));
  return { ...template, eventId: id(`event-${n}`), articleId, url: `https://wire.example/${n}`, figures };
};

const batchOf = (events: ConflictEventV1[], offset: number, partition: number): PartitionBatch<ConflictEventV1> => ({
  topic: 'cw.conflict-events.v1',
  partition,
  nextOffset: String(offset + events.length),
  messages: events.map((value, i) => ({
    topic: 'cw.conflict-events.v1',
    partition,
    offset: String(offset + i),
    key: value.figures[0].country,
    value,
  })),
});

interface Run {
  seconds: number;
  events: number;
  figures: number;
  transactions: number;
}

// One run on a fresh database with the aggregator's migrations and a fresh writer (an empty incident cache).
const runOnce = async (queues: PartitionBatch<ConflictEventV1>[][]): Promise<Run> => {
  const database = await createTestDatabase();
  const dataSource = await createAggregatorDataSource(database.url).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const apply = totalsApplier(dataSource);
    const run: Run = { seconds: 0, events: 0, figures: 0, transactions: 0 };
    const start = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
    await Promise.all(
      queues.map(async (queue) => {
        for (const batch of queue) {
          if (elapsed() >= MAX_SECONDS) return;
          await apply(batch);
          run.transactions++;
          run.events += batch.messages.length;
          run.figures += batch.messages.reduce((sum, message) => sum + message.value.figures.length, 0);
        }
      }),
    );
    run.seconds = elapsed();
    return run;
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
};

const main = async () => {
  // Events keyed by country land on PARTITIONS partitions. Under a backlog the consumer hands each
  // partition's messages over in chunks of up to BATCH (APPLY_BATCH_SIZE) and applies the partitions side
  // by side (their countries, hence their rows, never overlap), one transaction each. The events are made
  // before the clock starts: the consumer receives them, it does not make them.
  const pending = Array.from({ length: PARTITIONS }, () => [] as ConflictEventV1[]);
  const queues = Array.from({ length: PARTITIONS }, () => [] as PartitionBatch<ConflictEventV1>[]);
  const offsets = new Array<number>(PARTITIONS).fill(0);
  const cut = (p: number) => {
    if (pending[p].length === 0) return;
    queues[p].push(batchOf(pending[p], offsets[p], p));
    offsets[p] += pending[p].length;
    pending[p] = [];
  };
  for (let n = 0; n < EVENTS; n++) {
    const event = syntheticEvent(n);
    const p = COUNTRIES.indexOf(event.figures[0].country ?? '') % PARTITIONS;
    pending[p].push(event);
    if (pending[p].length === BATCH) cut(p);
  }
  for (let p = 0; p < PARTITIONS; p++) cut(p);

  // A shared 2-core machine moves a run by a fifth either way: the median of several runs is the figure.
  const runs: Run[] = [];
  for (let r = 0; r < REPEATS; r++) runs.push(await runOnce(queues));
  const rates = runs.map((run) => run.events / run.seconds).sort((a, b) => a - b);
  const median = runs.map((run) => run).sort((a, b) => a.events / a.seconds - b.events / b.seconds)[Math.floor(runs.length / 2)];
  const result = {
    bench: 'aggregation',
    events: median.events,
    figures: median.figures,
    batchSize: BATCH,
    partitions: PARTITIONS,
    countries: COUNTRIES.length,
    target: 5000,
    repeats: runs.length,
    eventsPerSecond: Math.round(median.events / median.seconds),
    minEventsPerSecond: Math.round(rates[0]),
    maxEventsPerSecond: Math.round(rates[rates.length - 1]),
    figuresPerSecond: Math.round(median.figures / median.seconds),
    transactions: median.transactions,
    msPerBatch: Math.round((median.seconds * 1000 * PARTITIONS) / median.transactions),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(
    `aggregation: ${result.eventsPerSecond} events/s (median of ${runs.length}; ${result.minEventsPerSecond}-${result.maxEventsPerSecond}), ` +
      `${result.figuresPerSecond} figures/s into Postgres (${result.events} events, up to ${BATCH} per partition batch, ` +
      `${PARTITIONS} partitions side by side, ${result.msPerBatch} ms per batch)\n`,
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`aggregation bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
