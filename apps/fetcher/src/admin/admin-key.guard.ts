import { checkApiKey } from '@cw/service';
import { type CanActivate, type ExecutionContext, Inject, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';

/** The key admin routes require; an empty string switches them off. */
export const ADMIN_API_KEY = Symbol('ADMIN_API_KEY');

/**
 * Lets a request through to an admin route only with the admin key (Authorization: Bearer or
 * x-api-key, compared in constant time by @cw/service). A wrong or missing key is a bare 401, so a
 * caller learns nothing about the key. With no key configured the routes are off, never open, and say
 * how to switch them on: an operator who forgot the key learns why, an attacker learns nothing.
 */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  constructor(@Inject(ADMIN_API_KEY) private readonly expectedKey: string) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.expectedKey) throw new ServiceUnavailableException('admin API disabled: set ADMIN_API_KEY');
    const { headers } = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    if (checkApiKey(this.expectedKey, single(headers.authorization), single(headers['x-api-key']))) return true;
    throw new UnauthorizedException();
  }
}

// A repeated header arrives as an array: only its first value counts.
function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
