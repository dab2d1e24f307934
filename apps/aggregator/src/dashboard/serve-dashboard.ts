import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the dashboard bundle is: run from the sources (npm start, the specs) it is Vite's apps/dashboard/dist;
 * the built aggregator (`nx build aggregator`, the image) is one main.js that carries it beside itself, in
 * dashboard/.
 */
export const DASHBOARD_DIST = __filename.endsWith('.ts') ? join(__dirname, '../../../dashboard/dist') : join(__dirname, 'dashboard');

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
