import { deploymentTopics } from '@cw/contracts';
import { freePort, runServiceProcess, type ServiceProcess } from './service-process';
import { createTestDatabase, TEST_BROKERS, type TestDatabase } from './test-infrastructure';
import { uniqueName } from './unique-name';

export type ServiceName = 'fetcher' | 'extractor' | 'aggregator';

export interface TestPipelineOptions {
  /** The start of the topic prefix, a unique name is made of it. */
  name: string;
  partitions: number;
  /** Variables every service gets. */
  env?: Record<string, string>;
  /** Default: the shared test broker. */
  brokers?: string;
  /** Default: a fresh test database, dropped on close. A URL given here is the caller's to clean up. */
  databaseUrl?: string;
}

export interface TestPipeline {
  prefix: string;
  topics: ReturnType<typeof deploymentTopics>;
  databaseUrl: string;
  /** The HTTP port of a service (or a named instance), the same across restarts. */
  port(instance: string): number;
  /** Starts a service as a process; `instance` names a second one of the same service, with its own port. */
  start(service: ServiceName, options?: { instance?: string; env?: Record<string, string> }): Promise<ServiceProcess>;
  /** Stops it and answers its exit code (null when killed by the signal). */
  stop(instance: string, signal: NodeJS.Signals): Promise<number | null>;
  /** Stops it and starts it again with the same variables and port; answers the exit code of the stop. */
  restart(instance: string, signal: NodeJS.Signals): Promise<number | null>;
  /** The tail of each running service's output, for a failure message. */
  logs(chars?: number): string;
  /** Stops every service with the signal, and drops the database if it made it. */
  close(signal: NodeJS.Signals): Promise<void>;
}

/**
 * The three services as real processes on their own topics (a unique prefix), their own database, their
 * own consumer groups and free HTTP ports. Each consumer gets a group of its own: the default group ids are
 * shared by every deployment on the broker (a bench, say), and a shared group would be handed its topics.
 */
export const createTestPipeline = async (options: TestPipelineOptions): Promise<TestPipeline> => {
  const prefix = `${uniqueName(options.name)}.`;
  const database: TestDatabase | undefined = options.databaseUrl === undefined ? await createTestDatabase() : undefined;
  const databaseUrl = options.databaseUrl ?? (database as TestDatabase).url;
  const ports = new Map<string, number>();
  for (const service of ['aggregator', 'extractor', 'fetcher'] as const) ports.set(service, await freePort());
  const started = new Map<string, { service: ServiceName; env: Record<string, string> }>();
  const running = new Map<string, ServiceProcess>();
  const shared = {
    KAFKA_BROKERS: options.brokers ?? TEST_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_PARTITIONS: String(options.partitions),
    ...options.env,
  };

  const port = (instance: string) => {
    const value = ports.get(instance);
    if (value === undefined) throw new Error(`no port for ${instance}: it was never started`);
    return value;
  };
  const launch = (instance: string) => {
    const spec = started.get(instance);
    if (!spec) throw new Error(`${instance} was never started`);
    const child = runServiceProcess(spec.service, { ...spec.env, HTTP_PORT: String(port(instance)) });
    running.set(instance, child);
    return child;
  };
  const stop = async (instance: string, signal: NodeJS.Signals) => {
    const service = running.get(instance);
    if (!service) throw new Error(`${instance} is not running`);
    running.delete(instance);
    return service.stop(signal);
  };

  return {
    prefix,
    topics: deploymentTopics(prefix),
    databaseUrl,
    port,
    start: async (service, { instance = service, env = {} } = {}) => {
      if (running.has(instance)) throw new Error(`${instance} is running already`);
      if (!ports.has(instance)) ports.set(instance, await freePort());
      started.set(instance, {
        service,
        env: {
          ...shared,
          // Only the consumers have a group, and only the fetcher and the aggregator a database.
          ...(service === 'fetcher' ? {} : { KAFKA_GROUP_ID: `${prefix}${service}` }),
          ...(service === 'extractor' ? {} : { DATABASE_URL: databaseUrl }),
          ...env,
        },
      });
      return launch(instance);
    },
    stop,
    restart: async (instance, signal) => {
      const code = await stop(instance, signal);
      launch(instance);
      return code;
    },
    logs: (chars = 3000) => [...running.values()].map((s) => `--- ${s.name}\n${s.output().slice(-chars)}`).join('\n'),
    close: async (signal) => {
      await Promise.all([...running.values()].map((service) => service.stop(signal)));
      running.clear();
      await database?.drop();
    },
  };
};
