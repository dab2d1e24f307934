/** Injection tokens of ObservabilityModule: `@Inject(SERVICE_METRICS) metrics: ServiceMetrics`. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
export const SERVICE_METRICS = Symbol('SERVICE_METRICS');
export const SERVICE_NAME = Symbol('SERVICE_NAME');
