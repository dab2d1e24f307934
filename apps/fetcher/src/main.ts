import 'reflect-metadata';
import { applySecurityHeaders, createServiceLog, startService } from '@cw/service';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadFetcherConfig } from './config';
import { FetcherModule } from './fetcher.module';

void startService({
  name: 'fetcher',
  loadConfig: loadFetcherConfig,
  listen: (config) => ({ port: config.HTTP_PORT, host: config.HTTP_HOST }),
  create: async (config) => {
    const log = createServiceLog('fetcher', config.LOG_LEVEL);
    const app = await NestFactory.create(FetcherModule.forRoot(config, log), { bufferLogs: true });
    applySecurityHeaders(app);
    app.useLogger(app.get(Logger));
    return app;
  },
});
