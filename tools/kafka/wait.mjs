// Waits until the broker answers a metadata request, not just a TCP connect: a KRaft node accepts
// connections a moment before its controller has elected itself. For a cluster, waits until the
// metadata lists every broker (each registered with the quorum and unfenced).
//   node wait.mjs 127.0.0.1:9092
//   node wait.mjs 127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094 3
import kafkajs from 'kafkajs';

const brokers = (process.argv[2] ?? '127.0.0.1:9092').split(',');
const expected = Number(process.argv[3] ?? 1);
const kafka = new kafkajs.Kafka({ brokers, logLevel: kafkajs.logLevel.NOTHING, retry: { retries: 0 } });
const deadline = Date.now() + 120_000;
for (;;) {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.disconnect();
    if (cluster.brokers.length >= expected) process.exit(0);
    if (Date.now() > deadline) {
      console.error(`kafka: ${cluster.brokers.length} of ${expected} brokers registered after 120 s`);
      process.exit(1);
    }
  } catch (error) {
    await admin.disconnect().catch(() => undefined);
    if (Date.now() > deadline) {
      console.error(`kafka: ${brokers.join(',')} did not answer metadata requests: ${error.message}`);
      process.exit(1);
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
