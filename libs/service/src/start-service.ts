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
 * report and exit code 1; then starts the app with shutdown hooks, so SIGTERM lets in-flight work end.
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
    app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
    const { port, host } = listen(config);
    await app.listen(port, host);
  } catch (error) {
    process.stderr.write(`${name}: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  }
};
