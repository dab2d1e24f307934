import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * One registry per service, never prom-client's global one: specs and the end-to-end run start
 * several services in one process, and a shared global registry would mix (or reject) their metrics.
 * Every series carries `service`, so one Prometheus job can scrape all three services.
 */
export const createMetricsRegistry = (service: string): Registry => {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
};
