import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const DASHBOARD_DIST = join(__dirname, '../../../dashboard/dist');

interface PlainResponse {
  status(code: number): PlainResponse;
  type(type: string): PlainResponse;
  send(body: string): void;
}

/**
 * Serves the built dashboard (apps/dashboard) at /dashboard. The page is static and public; its data comes
 * from the API with the admin key the user types. A missing build answers 503 and says how to build it,
 * checked per request so a build made after start is picked up.
 */
export const serveDashboard = (app: INestApplication, dist = DASHBOARD_DIST): void => {
  const index = join(dist, 'index.html');
  app.use('/dashboard', (_request: unknown, response: PlainResponse, next: () => void) => {
    if (existsSync(index)) return next();
    response.status(503).type('text/plain').send('dashboard not built: run npm run build:dashboard');
  });
  (app as NestExpressApplication).useStaticAssets(dist, { prefix: '/dashboard', index: 'index.html' });
};
