/** One dependency the service cannot work without; `check` rejects, with the reason, while it is down. */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

/**
 * The checks `/health/ready` runs. Modules whose dependency is itself a provider (the aggregator's
 * DataSource) inject this and `add` their check from the provider's factory: HTTP starts only after
 * every provider is built, so no probe runs before the check is there.
 */
export class ReadinessChecks {
  private readonly checks: ReadinessCheck[] = [];

  constructor(initial: ReadinessCheck[] = []) {
    initial.forEach((check) => this.add(check));
  }

  add(check: ReadinessCheck): void {
    if (this.checks.some((c) => c.name === check.name)) throw new Error(`readiness check "${check.name}" is registered twice`);
    this.checks.push(check);
  }

  all(): readonly ReadinessCheck[] {
    return this.checks;
  }
}

/**
 * The reason a check failed, fit for an unauthenticated probe: credentials in URLs are blanked and
 * the text is cut short, so a driver error that quotes its connection string leaks nothing.
 */
export const failureReason = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/\/\/[^/@\s]*@/g, '//***@').slice(0, 300);

/** Rejects when `work` takes longer than `ms`: a probe must answer before the orchestrator gives up. */
export const withinTimeout = async <T>(work: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
