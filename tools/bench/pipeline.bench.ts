// npm run bench, end to end: raw articles as the fetcher publishes them -> extractor -> aggregator ->
// totals updates. Throughput on a burst; latency (publish to totals update) at a steady rate below it;
// with SOAK_ARTICLES, resident memory of both services sampled over a long run.
import { deploymentTopics, TotalsUpdateV1 } from '@cw/contracts';
import { createTestDatabase, freePort, requireKafka, runServiceProcess, TEST_BROKERS, uniqueName, waitFor } from '@cw/testing';
import type { Kafka } from 'kafkajs';
import { readFileSync } from 'node:fs';
import { syntheticReport } from './synthetic-reports';

const BURST = Number(process.env.BENCH_BURST_ARTICLES ?? 3000);
const PACED = Number(process.env.BENCH_PACED_ARTICLES ?? 600);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 100);
const SOAK = Number(process.env.SOAK_ARTICLES ?? 0);

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const main = async () => {
  const kafka: Kafka = await requireKafka();
  const database = await createTestDatabase();
  const prefix = `${uniqueName('bench')}.`;
  const topics = deploymentTopics(prefix);
  // SOAK_HEAP_MB caps each service's heap: a leak then ends the soak with an out-of-memory crash instead of
  // hiding in an RSS that V8 lets grow lazily on a machine with memory to spare.
  const heap: Record<string, string> = process.env.SOAK_HEAP_MB ? { NODE_OPTIONS: `--max-old-space-size=${process.env.SOAK_HEAP_MB}` } : {};
  const env = {
    ...heap,
    KAFKA_BROKERS: TEST_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_PARTITIONS: '3',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
  };
  const aggregator = runServiceProcess('aggregator', { ...env, HTTP_PORT: String(await freePort()), KAFKA_GROUP_ID: `${prefix}aggregator` });
  const extractor = runServiceProcess('extractor', { ...env, HTTP_PORT: String(await freePort()), KAFKA_GROUP_ID: `${prefix}extractor` });
  const arrivals = new Map<string, number>();
  const reader = kafka.consumer({ groupId: uniqueName('bench-reader') });
  const producer = kafka.producer();
  try {
    await producer.connect();
    const admin = kafka.admin();
    await admin.connect();
    await waitFor(async () => (await admin.listTopics()).includes(topics.totalsUpdates) && (await admin.listTopics()).includes(topics.rawArticles), {
      timeoutMs: 60_000,
      what: () => `the services' topics\n${aggregator.output()}${extractor.output()}`,
    });
    await admin.disconnect();
    await reader.connect();
    await reader.subscribe({ topic: topics.totalsUpdates, fromBeginning: true });
    await reader.run({
      eachBatch: async ({ batch }) => {
        const now = Date.now();
        for (const message of batch.messages) arrivals.set(TotalsUpdateV1.parse(JSON.parse(message.value!.toString())).cause.articleId, now);
      },
    });
    const publish = async (from: number, count: number) => {
      const sent = new Map<string, number>();
      for (let start = from; start < from + count; start += 500) {
        const reports = Array.from({ length: Math.min(500, from + count - start) }, (_, i) => syntheticReport(start + i));
        const at = Date.now();
        await producer.send({ topic: topics.rawArticles, messages: reports.map((r) => ({ key: r.articleId, value: JSON.stringify(r) })) });
        for (const r of reports) sent.set(r.articleId, at);
      }
      return sent;
    };
    const arrived = (sent: Map<string, number>) => [...sent.keys()].every((id) => arrivals.has(id));

    // Warm-up: the gazetteer loads on the first article.
    const warm = await publish(0, 20);
    await waitFor(() => arrived(warm), { timeoutMs: 120_000, what: 'warm-up' });

    const burstStart = Date.now();
    const burst = await publish(20, BURST);
    await waitFor(() => arrived(burst), { timeoutMs: 600_000, intervalMs: 50, what: 'the burst' });
    const articlesPerSecond = Math.round(BURST / ((Date.now() - burstStart) / 1000));

    const latencies: number[] = [];
    const pacedFrom = 20 + BURST;
    for (let i = 0; i < PACED; i += 10) {
      const tick = Date.now();
      const sent = await publish(pacedFrom + i, Math.min(10, PACED - i));
      void waitFor(() => arrived(sent), { timeoutMs: 120_000, intervalMs: 5 }).then(() =>
        sent.forEach((at, id) => latencies.push((arrivals.get(id) ?? at) - at)),
      );
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, (10 / PACED_RATE) * 1000 - (Date.now() - tick))));
    }
    await waitFor(() => latencies.length >= PACED, { timeoutMs: 120_000, what: 'the paced articles' });

    const soak: { articles: number; rssMb: Record<string, number[]> } = { articles: SOAK, rssMb: { extractor: [], aggregator: [] } };
    if (SOAK > 0) {
      const pids = { extractor: extractor.pid, aggregator: aggregator.pid };
      const soakFrom = pacedFrom + PACED;
      for (let done = 0; done < SOAK; done += 5000) {
        const sent = await publish(soakFrom + done, Math.min(5000, SOAK - done));
        await waitFor(() => arrived(sent), { timeoutMs: 600_000, intervalMs: 100, what: 'a soak slice' });
        for (const [name, pid] of Object.entries(pids)) soak.rssMb[name].push(Math.round(rssMb(pid)));
      }
    }
    const result = {
      bench: 'pipeline',
      burstArticles: BURST,
      articlesPerSecond,
      pacedArticles: PACED,
      pacedRate: PACED_RATE,
      p50LatencyMs: percentile(latencies, 50),
      p99LatencyMs: percentile(latencies, 99),
      soakArticles: SOAK,
      soakHeapMb: process.env.SOAK_HEAP_MB ? Number(process.env.SOAK_HEAP_MB) : null,
      soakRssMb: soak.rssMb,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stdout.write(
      `pipeline: ${articlesPerSecond} articles/s end to end (burst of ${BURST}); at ${PACED_RATE}/s, p50 ${result.p50LatencyMs} ms, p99 ${result.p99LatencyMs} ms` +
        (SOAK
          ? `; RSS over ${SOAK} articles: extractor ${soak.rssMb.extractor.join(' ')} MB, aggregator ${soak.rssMb.aggregator.join(' ')} MB`
          : '') +
        '\n',
    );
  } finally {
    await reader.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await Promise.all([aggregator.stop('SIGTERM'), extractor.stop('SIGTERM')]);
    await database.drop();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
