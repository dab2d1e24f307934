import { freePort } from '@cw/testing';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TOOLS = join(__dirname, '../../../tools/kafka');

export type NodeId = 1 | 2 | 3;

export interface OwnCluster {
  /** The bootstrap list, as KAFKA_BROKERS takes it: every node. */
  brokers: string;
  /** Starts every node; the first time, formats them as one cluster. */
  start(): Promise<void>;
  /** Starts one node that was stopped; answers once the cluster lists it again. */
  startNode(node: NodeId): Promise<void>;
  /** SIGKILL stops a node as a crash would (no controlled shutdown, no leadership handed over); SIGTERM cleanly. */
  stopNode(node: NodeId, signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Stops every node and removes the data; safe to call twice or after a failed start. */
  close(): Promise<void>;
}

const distinctFreePorts = async (count: number): Promise<number[]> => {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
};

/**
 * A three-broker KRaft cluster (`tools/kafka/start.sh --cluster`) of the test's own: free ports and a
 * temporary data directory, so neither the shared broker on 9092 nor a developer's cluster on 19092 is touched.
 */
export const ownCluster = async (): Promise<OwnCluster> => {
  const dir = await mkdtemp(join(tmpdir(), 'cw-fault-cluster-'));
  const ports = await distinctFreePorts(6);
  const env = {
    ...process.env,
    KAFKA_CLUSTER_PORTS: ports.slice(0, 3).join(','),
    KAFKA_CLUSTER_CONTROLLER_PORTS: ports.slice(3).join(','),
    KAFKA_CLUSTER_DIR: dir,
    // close() in an afterAll stops the nodes when a test fails; this stops them when the test run itself
    // is killed (Ctrl-C, a CI timeout), which runs no afterAll.
    KAFKA_OWNER_PID: String(process.pid),
  };
  // A cold start of three JVMs on two busy cores takes a while; the script gives up on its own at 120 s.
  const script = (name: string, ...args: string[]) => run('bash', [join(TOOLS, name), '--cluster', ...args], { env, timeout: 180_000 });
  return {
    brokers: ports
      .slice(0, 3)
      .map((port) => `127.0.0.1:${port}`)
      .join(','),
    start: async () => void (await script('start.sh')),
    startNode: async (node) => void (await script('start.sh', '--node', String(node))),
    stopNode: async (node, signal) => void (await script('stop.sh', '--node', String(node), ...(signal === 'SIGKILL' ? ['--kill'] : []))),
    close: async () => {
      // The data goes with it, so no node needs a clean shutdown.
      await script('stop.sh', '--kill').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
};
