export const ADMIN_KEY = 'fault-tests-admin-key-0123';

/** Figures the aggregator holds in Postgres (GET /admin/status); undefined while it does not answer. */
export const appliedFigures = async (aggregatorPort: number): Promise<number | undefined> => {
  const response = await fetch(`http://127.0.0.1:${aggregatorPort}/admin/status`, { headers: { 'x-api-key': ADMIN_KEY } });
  return response.ok ? ((await response.json()) as { appliedFigures: number }).appliedFigures : undefined;
};

/** A counter's total over all label sets in a Prometheus text exposition (GET /metrics). */
export const counterTotal = (metrics: string, name: string): number =>
  metrics
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
