import type { BeforeApplicationShutdown, FactoryProvider, InjectionToken, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/** Something that takes work while the service runs: a consumer, a poller, a schedule. */
export interface LifecycleWorker {
  start(): Promise<void> | void;
  /** Takes no new work and finishes (or hands back) the work in hand. */
  stop(): Promise<void> | void;
}

/** Something the workers use, closed once none of them runs: a Kafka producer, a database pool, an HTTP client. */
export interface LifecycleResource {
  close(): Promise<void> | void;
}

export interface LifecyclePlan {
  /** Runs once before any worker starts (topics made, configured data written). */
  prepare?: () => Promise<void>;
  /** Started in this order when the application boots; stopped in the reverse order when it stops. */
  workers: LifecycleWorker[];
  /** Closed in this order after every worker stopped and the HTTP server closed. */
  resources: LifecycleResource[];
}

/**
 * How every service starts and stops its work, on Nest's hooks. Boot: `prepare`, then the workers in order.
 * Stop (SIGTERM, `app.close()`): the workers stop in reverse order before the HTTP server closes (nothing
 * new is taken, the batch in hand commits or rolls back whole, a poll under way publishes then
 * remembers), then the resources close in order. A stop or close that fails does not keep the rest open:
 * each one runs, and the failures are thrown together at the end.
 */
export class ServiceLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(private readonly plan: LifecyclePlan) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.plan.prepare?.();
    for (const worker of this.plan.workers) await worker.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return settleInOrder(
      [...this.plan.workers].reverse().map((worker) => () => worker.stop()),
      'stopping the workers',
    );
  }

  onApplicationShutdown(): Promise<void> {
    return settleInOrder(
      this.plan.resources.map((resource) => () => resource.close()),
      'closing the resources',
    );
  }
}

const settleInOrder = async (steps: Array<() => Promise<void> | void>, what: string): Promise<void> => {
  const failures: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, `${failures.length} failures ${what}`);
};

/**
 * The Nest provider of a service's lifecycle: `plan` gets the providers named in `inject`, in that order.
 *
 *     serviceLifecycle({
 *       inject: [RawArticleConsumer, ConsumerLagPoller, PUBLISHER],
 *       plan: (consumer: RawArticleConsumer, lag: ConsumerLagPoller, publisher: MessagePublisher) => ({
 *         workers: [consumer, lag],
 *         resources: [publisher],
 *       }),
 *     })
 */
export const serviceLifecycle = <Deps extends unknown[]>(options: {
  inject: InjectionToken[];
  plan: (...deps: Deps) => LifecyclePlan;
}): FactoryProvider<ServiceLifecycle> => ({
  provide: ServiceLifecycle,
  inject: options.inject,
  useFactory: (...deps: unknown[]) => new ServiceLifecycle(options.plan(...(deps as Deps))),
});
