import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDashboard } from './serve-dashboard';

@Module({})
class EmptyModule {}

describe('serveDashboard', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const serve = async (path: string) => {
    const app = await NestFactory.create(EmptyModule, { logger: false });
    serveDashboard(app, dist);
    await app.listen(0, '127.0.0.1');
    try {
      const response = await fetch(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}${path}`, { redirect: 'manual' });
      return { status: response.status, location: response.headers.get('location'), body: await response.text() };
    } finally {
      await app.close();
    }
  };

  it('answers 503 and says how to build it while the bundle is missing, rather than failing to start', async () => {
    expect(await serve('/dashboard/')).toMatchObject({ status: 503, body: 'dashboard not built: run npm run build:dashboard' });
  });

  it('serves the built page, /dashboard redirected to /dashboard/ so relative asset paths hold', async () => {
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>dashboard</title>');
    expect(await serve('/dashboard')).toMatchObject({ status: 301, location: '/dashboard/' });
    expect(await serve('/dashboard/')).toMatchObject({ status: 200, body: expect.stringContaining('<title>dashboard</title>') });
  });
});
