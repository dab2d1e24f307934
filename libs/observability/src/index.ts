export * from './consumer-lag';
export * from './kafka-ready';
export * from './metrics-registry';
export * from './observability.module';
export * from './observability.tokens';
export * from './postgres-ready';
export * from './readiness-check';
export * from './service-metrics';
