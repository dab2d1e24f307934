import 'reflect-metadata';
import { applySecurityHeaders, createServiceLog, startService } from '@cw/service';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadExtractorConfig } from './config';
import { ExtractorModule } from './extractor.module';

void startService({
  name: 'extractor',
  loadConfig: loadExtractorConfig,
  listen: (config) => ({ port: config.HTTP_PORT, host: config.HTTP_HOST }),
  create: async (config) => {
    const log = createServiceLog('extractor', config.LOG_LEVEL);
    const app = await NestFactory.create(ExtractorModule.forRoot(config, log), { bufferLogs: true });
    applySecurityHeaders(app);
    app.useLogger(app.get(Logger));
    return app;
  },
});
