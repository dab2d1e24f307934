import { freePort } from '@cw/testing';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TOOLS = join(__dirname, '../../../tools/kafka');

export interface OwnBroker {
  brokers: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the broker and removes its data; safe to call twice or after a failed start. */
  close(): Promise<void>;
}

/**
 * A second single-node broker for tests that stop Kafka: the shared one on 9092 serves every other
 * test and must never go down. Same jars (the shared cache), its own ports and data directory.
 */
export const ownBroker = async (): Promise<OwnBroker> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'cw-fault-broker-'));
  const port = await freePort();
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(await freePort()), KAFKA_DATA_DIR: join(dataDir, 'data') };
  const script = (name: string) => run('bash', [join(TOOLS, name)], { env, timeout: 90_000 });
  return {
    brokers: `127.0.0.1:${port}`,
    start: async () => void (await script('start.sh')),
    stop: async () => void (await script('stop.sh')),
    close: async () => {
      await script('stop.sh').catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
