import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { Writable } from 'node:stream';
import { applySecurityHeaders } from './security-headers';
import { createServiceLog, serviceLoggerModule } from './service-log';

const ADMIN_KEY = 'admin-key-that-must-never-be-logged-42';
const BEARER_KEY = 'bearer-key-that-must-never-be-logged-43';

@Controller()
class FailingController {
  @Get('boom')
  boom(): never {
    throw new Error('database went away');
  }
}

// A service as main.ts builds it (service log, Nest logging through it, security headers), with one route
// that fails with a 500, the case in which the admin key reached the logs (issue 11).
const startService = async (lines: string[]) => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const log = createServiceLog('test', 'info', sink);
  @Module({ imports: [serviceLoggerModule(log)], controllers: [FailingController] })
  class TestModule {}
  const app = await NestFactory.create(TestModule, { bufferLogs: true });
  applySecurityHeaders(app);
  app.useLogger(app.get(Logger));
  await app.listen(0, '127.0.0.1');
  return app;
};

describe('the service log', () => {
  it('never writes the admin key, sent as x-api-key or as a bearer token, when a request fails with a 500', async () => {
    const lines: string[] = [];
    const app = await startService(lines);
    try {
      const response = await fetch(`${await app.getUrl()}/boom`, {
        headers: { 'x-api-key': ADMIN_KEY, authorization: `Bearer ${BEARER_KEY}`, cookie: `session=${ADMIN_KEY}` },
      });
      expect(response.status).toBe(500);
    } finally {
      await app.close();
    }
    const errorLines = lines.filter((line) => line.includes('database went away'));
    expect(errorLines.length).toBeGreaterThan(0);
    // The line still says which request failed; only the secrets are gone.
    expect(errorLines[0]).toContain('/boom');
    expect(errorLines[0]).toContain('[redacted]');
    for (const line of lines) {
      expect(line).not.toContain(ADMIN_KEY);
      expect(line).not.toContain(BEARER_KEY);
    }
  });
});

describe('applySecurityHeaders', () => {
  it('sends a content security policy that forbids framing, nosniff, and no X-Powered-By', async () => {
    const app = await startService([]);
    try {
      const response = await fetch(`${await app.getUrl()}/boom`);
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    } finally {
      await app.close();
    }
  });
});
