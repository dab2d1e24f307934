// Waits until the broker answers a metadata request, not just a TCP connect: a KRaft node accepts
// connections a moment before its controller has elected itself.
import kafkajs from 'kafkajs';

const broker = process.argv[2] ?? '127.0.0.1:9092';
const kafka = new kafkajs.Kafka({ brokers: [broker], logLevel: kafkajs.logLevel.NOTHING, retry: { retries: 0 } });
const deadline = Date.now() + 60_000;
for (;;) {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    await admin.disconnect();
    process.exit(0);
  } catch (error) {
    await admin.disconnect().catch(() => undefined);
    if (Date.now() > deadline) {
      console.error(`kafka: ${broker} did not answer metadata requests: ${error.message}`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
