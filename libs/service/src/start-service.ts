import type { INestApplication } from '@nestjs/common';
import { ConfigError } from '@cw/config';

export interface ServiceStart<C> {
  name: string;
  loadConfig: (env: Record<string, string | undefined>) => C;
  create: (config: C) => Promise<INestApplication>;
  listen: (config: C) => { port: number; host: string };
}

/**
 * Validates the configuration before Nest starts, so a bad value stops the service with one clear
 * report and exit code 1; then starts the app and closes it on SIGTERM, so in-flight work ends first.
 */
export const startService = async <C>({ name, loadConfig, create, listen }: ServiceStart<C>): Promise<void> => {
  let config: C;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  try {
    const app = await create(config);
    const { port, host } = listen(config);
    await app.listen(port, host);
    // app.close() runs the shutdown hooks (consumers stop, the batch in hand commits or rolls back,
    // pools close); exiting 0 afterwards tells an orchestrator the stop was clean. A second signal
    // while closing is ignored rather than cutting the close short.
    let closing = false;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.on(signal, () => {
        if (closing) return;
        closing = true;
        app.close().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`${name}: unclean shutdown: ${error instanceof Error ? error.stack : String(error)}\n`);
            process.exit(1);
          },
        );
      });
    }
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  }
};
