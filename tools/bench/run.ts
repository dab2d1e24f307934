// npm run bench: runs each stage's bench in its own process (so one stage's warm JIT, heap or open
// sockets never flatter the next), collects the JSON line each prints, and writes docs/benchmarks.md.
// Speed targets live here, never in timed tests (STYLE.md section 9).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

type BenchResult = Record<string, string | number>;

interface Stage {
  name: string;
  file: string;
  env?: Record<string, string>;
  /** What it measures, for the table. */
  measures: string;
  /** The headline figure and the details, from the bench's JSON line. */
  summary: (r: BenchResult) => { result: string; details: string };
}

const n = (value: string | number) => Number(value).toLocaleString('en-US');

// The pipeline's stages, in the order a message meets them. End-to-end and soak stages go here too
// (same contract: a script under tools/bench that prints one JSON line).
const STAGES: Stage[] = [
  {
    name: 'fetcher',
    file: 'fetcher.bench.ts',
    measures:
      'feeds polled per minute by 1 and 2 fetchers sharing the feeds (leases), on local feed servers answering in 100-400 ms, more feeds due than they can poll',
    summary: (r) => ({
      result: `${n(r.pollsPerMinuteOne)} feeds polled/min with 1 fetcher, ${n(r.pollsPerMinuteTwo)} with 2 (x${r.speedup})`,
      details: `${n(r.feeds)} feeds on ${r.hosts} hosts, ${r.concurrency} polls at once per fetcher, ${r.hostConcurrency} per host across both; ${r.cpuMsPerPollOne} / ${r.cpuMsPerPollTwo} ms CPU per poll; at most ${r.maxOpenPerFeed} request per feed at once`,
    }),
  },
  {
    name: 'transport',
    file: 'transport.bench.ts',
    measures: 'raw KafkaJS produce then consume on the local broker: the ceiling for every stage',
    summary: (r) => ({
      result: `${n(r.produceMessagesPerSecond)} msg/s produced, ${n(r.consumeMessagesPerSecond)} msg/s consumed`,
      details: `${n(r.messages)} x ${n(r.messageBytes)} B, ${r.partitions} partitions; ${r.produceMBPerSecond} MB/s in, ${r.consumeMBPerSecond} MB/s out`,
    }),
  },
  {
    name: 'extraction',
    file: 'extraction.bench.ts',
    measures: 'readReport on a ~3 KB wire report, one core',
    summary: (r) => ({
      result: `${n(r.articlesPerSecond)} articles/s`,
      details: `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, first call ${r.firstCallMs} ms (target ${n(r.target)}/s)`,
    }),
  },
  {
    name: 'reader',
    file: 'reader.bench.ts',
    measures:
      'the pass-structured reader (issue 12) against the reader before it (commit ee5909a, in a worktree), CPU time on 60 real-text reports, fastest of 3 alternating rounds; and its time per KB at 1, 10, 100 KB',
    summary: (r) => ({
      result: `new/old ${r.newOverOld} (${r.newCorpusMs} ms against ${r.oldCorpusMs} ms of CPU)${Number(r.newOverOld) > 1 ? ': slower' : ''}`,
      details: `ms per KB at 1/10/100 KB: new ${r.new1KbMsPerKb}/${r.new10KbMsPerKb}/${r.new100KbMsPerKb}, old ${r.old1KbMsPerKb}/${r.old10KbMsPerKb}/${r.old100KbMsPerKb}; 100 KB over 1 KB per KB: new ${r.newLinearity}, old ${r.oldLinearity}`,
    }),
  },
  {
    name: 'aggregation',
    file: 'aggregation.bench.ts',
    measures: "the aggregator's TotalsWriter into Postgres, exactly once, batches as the consumer hands them over under a backlog",
    summary: (r) => ({
      result: `${n(r.eventsPerSecond)} events/s (${n(r.figuresPerSecond)} figures/s), median of ${r.repeats} runs: ${n(r.minEventsPerSecond)}-${n(r.maxEventsPerSecond)}`,
      details:
        `${n(r.events)} events over ${r.countries} countries, batches of up to ${r.batchSize} per partition, ${r.partitions} partitions side by side, ` +
        `${n(r.msPerBatch)} ms per batch (target ${n(r.target)}/s${Number(r.eventsPerSecond) < Number(r.target) ? ': NOT MET here' : ''})`,
    }),
  },
  {
    name: 'reads',
    file: 'reads.bench.ts',
    measures: "p50 / p99 of the totals API's read routes on 1,000,000 figures, 200,000 incidents, 100 countries, five years (target: p99 < 50 ms)",
    summary: (r) => {
      const routes = r.routes as unknown as Record<string, { p50: number; p99: number; target: boolean }>;
      const timed = Object.entries(routes).map(([route, t]) => `${route} ${t.p50} / ${t.p99} ms`);
      return {
        result: `${r.met ? 'met' : 'NOT MET here'}: ${timed.join('; ')}`,
        details: `${n(r.figures)} figures, ${n(r.incidents)} incidents, ${n(r.changes)} changes, ${r.days}`,
      };
    },
  },
  {
    name: 'pipeline',
    file: 'pipeline.bench.ts',
    measures: 'raw articles as the fetcher publishes them -> extractor -> aggregator -> totals update, both services as processes',
    summary: (r) => ({
      result: `${n(r.articlesPerSecond)} articles/s; p50 ${r.p50LatencyMs} ms, p99 ${r.p99LatencyMs} ms`,
      details: `burst of ${n(r.burstArticles)}; latency at ${r.pacedRate}/s over ${n(r.pacedArticles)} articles`,
    }),
  },
  {
    name: 'soak',
    file: 'pipeline.bench.ts',
    env: { SOAK_ARTICLES: process.env.SOAK_ARTICLES ?? '100000', SOAK_HEAP_MB: '256', BENCH_BURST_ARTICLES: '500', BENCH_PACED_ARTICLES: '50' },
    measures: 'resident memory of the extractor and aggregator, sampled every 5,000 articles of a long run',
    summary: (r) => {
      const rss = r.soakRssMb as unknown as Record<string, number[]>;
      const span = (mb: number[]) => `${mb[0]} -> ${mb[mb.length - 1]} MB (max ${Math.max(...mb)})`;
      return {
        result: `extractor ${span(rss.extractor)}, aggregator ${span(rss.aggregator)}`,
        details: `${n(r.soakArticles)} articles, each service's heap capped at ${r.soakHeapMb} MB (a leak would crash it)`,
      };
    },
  },
];

const runStage = (stage: Stage): BenchResult => {
  process.stdout.write(`bench: ${stage.name}...\n`);
  const child = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, stage.file)], {
    cwd: join(__dirname, '../..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...stage.env },
    timeout: 15 * 60_000,
  });
  const lines = (child.stdout ?? '').split('\n');
  lines.filter((line) => line && !line.startsWith('{')).forEach((line) => process.stdout.write(`  ${line}\n`));
  const json = lines.find((line) => line.startsWith('{'));
  if (child.status !== 0 || !json) throw new Error(`bench ${stage.name} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(json) as BenchResult;
};

const main = () => {
  const results = STAGES.map((stage) => ({ stage, result: runStage(stage) }));
  const cpu = cpus();
  const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
  const rows = results.map(({ stage, result }) => {
    const { result: headline, details } = stage.summary(result);
    return `| ${stage.name} | ${headline} | ${details} | ${stage.measures} |`;
  });
  const markdown = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (tools/bench/run.ts); each stage runs in its own process against the local',
    'broker (`npm run kafka:start`) and Postgres. Compare runs on the same machine only.',
    '',
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    `- machine: ${machine}`,
    '',
    '| stage | result | details | measures |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Raw results',
    '',
    '```json',
    ...results.map(({ result }) => JSON.stringify(result)),
    '```',
    '',
  ].join('\n');
  const target = join(__dirname, '../../docs/benchmarks.md');
  writeFileSync(target, markdown);
  process.stdout.write(`wrote ${target}\n${rows.join('\n')}\n`);
};

main();
