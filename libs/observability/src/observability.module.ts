import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Gauge, type Registry } from 'prom-client';
import { HealthController } from './health.controller';
import { createMetricsRegistry } from './metrics-registry';
import { MetricsController } from './metrics.controller';
import { METRICS_REGISTRY, SERVICE_METRICS, SERVICE_NAME } from './observability.tokens';
import { type ReadinessCheck, ReadinessChecks } from './readiness-check';
import { createServiceMetrics } from './service-metrics';
import type { PartitionProgress } from './partition-progress';

export interface ObservabilityOptions {
  /** The `service` label on every metric and the name in health answers. */
  service: string;
  /** Checks known when the module is built; providers may `add` more through ReadinessChecks. */
  readiness?: ReadinessCheck[];
  /** A registry made by the caller (tests, or a service that also needs it outside Nest). */
  registry?: Registry;
  /** The consumers' work in hand: exported as the age of the oldest unprocessed message per partition. */
  partitionProgress?: PartitionProgress;
}

/**
 * GET /health/live, /health/ready, /health and /metrics for one service. Global, so any provider
 * can inject SERVICE_METRICS, METRICS_REGISTRY and ReadinessChecks without importing it again.
 */
@Module({})
export class ObservabilityModule {
  static forRoot({ service, readiness = [], registry, partitionProgress }: ObservabilityOptions): DynamicModule {
    const metricsRegistry = registry ?? createMetricsRegistry(service);
    if (partitionProgress) registerPartitionAges(metricsRegistry, partitionProgress);
    return {
      module: ObservabilityModule,
      global: true,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        { provide: METRICS_REGISTRY, useValue: metricsRegistry },
        { provide: SERVICE_METRICS, useValue: createServiceMetrics(metricsRegistry) },
        { provide: ReadinessChecks, useValue: new ReadinessChecks(readiness) },
      ],
      exports: [METRICS_REGISTRY, SERVICE_METRICS, ReadinessChecks],
    };
  }
}

const registerPartitionAges = (registry: Registry, progress: PartitionProgress): void => {
  new Gauge({
    name: 'cw_oldest_unprocessed_message_age_seconds',
    help: 'Per partition: seconds the oldest message handed to this consumer has waited unprocessed (0 or absent when it keeps up)',
    labelNames: ['topic', 'partition'],
    registers: [registry],
    collect() {
      this.reset();
      for (const { topic, partition, ageSeconds } of progress.ages()) this.set({ topic, partition: String(partition) }, ageSeconds);
    },
  });
};
