import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';

// The dashboard holds the admin key in its tab: no script but its own may run there, and no other site
// may frame it (clickjacking). The API's JSON gets the same headers; they cost nothing there.
const PAGE_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

// Swagger UI at /docs styles itself inline; nothing else there holds a secret.
const DOCS_POLICY = { ...PAGE_POLICY, styleSrc: ["'self'", "'unsafe-inline'"] };

/**
 * Security headers on every response (helmet): a content security policy, frame-ancestors 'none' and
 * X-Frame-Options, nosniff, no Referer, and no X-Powered-By. Call first, before any route or static
 * folder is added, so that every response passes through it.
 */
export const applySecurityHeaders = (app: INestApplication): void => {
  const headers = (directives: typeof PAGE_POLICY) =>
    helmet({ contentSecurityPolicy: { useDefaults: false, directives }, referrerPolicy: { policy: 'no-referrer' } });
  const page = headers(PAGE_POLICY);
  const docs = headers(DOCS_POLICY);
  app.use((request: { url: string }, response: unknown, next: (error?: unknown) => void) =>
    (request.url.startsWith('/docs') ? docs : page)(request as never, response as never, next),
  );
};
