import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';

/** True when one of the presented header values carries the key; compared in constant time. */
export const checkApiKey = (expected: string, authorization: string | undefined, apiKeyHeader: string | undefined): boolean => {
  const presented = apiKeyHeader ?? /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  if (!expected || !presented) return false;
  // Hashing first gives equal lengths, so timingSafeEqual never throws and length leaks nothing.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(presented.trim()));
};

/**
 * Refuses a request without the key with a bare 401: no hint whether the key was missing, wrong, or
 * not configured. `key` null means the routes it guards are public.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly key: () => string | null) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.key();
    if (expected === null) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    if (checkApiKey(expected, request.headers.authorization, request.headers['x-api-key'])) return true;
    throw new UnauthorizedException();
  }
}
