// npm run bench (or directly: node -r @swc-node/register tools/bench/transport.bench.ts): the transport
// ceiling, raw KafkaJS with no contract checks, for article-sized messages on the real broker. Every
// other stage should be measured against it. Prints one JSON line and one human line.
import { requireKafka, uniqueName } from '@cw/testing';
import { randomBytes } from 'node:crypto';

const MESSAGES = Number(process.env.BENCH_TRANSPORT_MESSAGES ?? 50_000);
const BATCH = 500;
const MESSAGE_BYTES = 3 * 1024; // a typical wire report, as in extraction.bench.ts
const PARTITIONS = 3; // the services' default KAFKA_PARTITIONS

const main = async () => {
  const kafka = await requireKafka();
  const topic = uniqueName('cw.bench.transport');
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: PARTITIONS }] });
  try {
    // JSON-ish text of the right size; random so no compression or dedup can flatter the figure.
    const value = JSON.stringify({
      text: randomBytes(MESSAGE_BYTES)
        .toString('base64')
        .slice(0, MESSAGE_BYTES - 12),
    });
    const bytes = Buffer.byteLength(value) * MESSAGES;

    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const produceStart = process.hrtime.bigint();
    for (let sent = 0; sent < MESSAGES; sent += BATCH) {
      const messages = Array.from({ length: Math.min(BATCH, MESSAGES - sent) }, (_, i) => ({ key: String(sent + i), value }));
      await producer.send({ topic, messages });
    }
    const produceSeconds = Number(process.hrtime.bigint() - produceStart) / 1e9;
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: uniqueName('bench-transport') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let received = 0;
    let consumeStart = 0n;
    const consumed = new Promise<number>((resolve) => {
      void consumer.run({
        eachBatch: async ({ batch }) => {
          if (consumeStart === 0n) consumeStart = process.hrtime.bigint();
          received += batch.messages.length;
          if (received >= MESSAGES) resolve(Number(process.hrtime.bigint() - consumeStart) / 1e9);
        },
      });
    });
    // The clock starts at the first batch, so the group join is not counted as consuming.
    const consumeSeconds = await consumed;
    await consumer.disconnect();

    const mb = bytes / 1024 / 1024;
    const result = {
      bench: 'transport',
      messages: MESSAGES,
      messageBytes: Buffer.byteLength(value),
      partitions: PARTITIONS,
      produceMessagesPerSecond: Math.round(MESSAGES / produceSeconds),
      produceMBPerSecond: +(mb / produceSeconds).toFixed(1),
      consumeMessagesPerSecond: Math.round(MESSAGES / consumeSeconds),
      consumeMBPerSecond: +(mb / consumeSeconds).toFixed(1),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stdout.write(
      `transport: produce ${result.produceMessagesPerSecond} msg/s (${result.produceMBPerSecond} MB/s), ` +
        `consume ${result.consumeMessagesPerSecond} msg/s (${result.consumeMBPerSecond} MB/s), ${MESSAGES} x ${result.messageBytes} B\n`,
    );
  } finally {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`transport bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
