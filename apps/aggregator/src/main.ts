import 'reflect-metadata';
import { applySecurityHeaders, createServiceLog, startService } from '@cw/service';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AggregatorModule } from './aggregator.module';
import { loadAggregatorConfig } from './config';
import { serveDashboard } from './dashboard/serve-dashboard';
import { serveOpenApi } from './open-api';

void startService({
  name: 'aggregator',
  loadConfig: loadAggregatorConfig,
  listen: (config) => ({ port: config.HTTP_PORT, host: config.HTTP_HOST }),
  create: async (config) => {
    const log = createServiceLog('aggregator', config.LOG_LEVEL);
    const app = await NestFactory.create(AggregatorModule.forRoot(config, log), { bufferLogs: true });
    applySecurityHeaders(app);
    app.useLogger(app.get(Logger));
    serveOpenApi(app);
    serveDashboard(app);
    return app;
  },
});
