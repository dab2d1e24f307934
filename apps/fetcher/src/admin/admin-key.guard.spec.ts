import type { ExecutionContext } from '@nestjs/common';
import { AdminKeyGuard } from './admin-key.guard';

const requestWith = (headers: Record<string, string | string[]>) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ headers }) }) }) as unknown as ExecutionContext;

describe('AdminKeyGuard', () => {
  const key = 'feeds-admin-key-0123456789';

  it('lets the key through as a Bearer token or in x-api-key', () => {
    expect(new AdminKeyGuard(key).canActivate(requestWith({ authorization: `Bearer ${key}` }))).toBe(true);
    expect(new AdminKeyGuard(key).canActivate(requestWith({ 'x-api-key': key }))).toBe(true);
  });

  it('answers a bare 401 to a missing or wrong key', () => {
    for (const headers of <Record<string, string>[]>[{}, { authorization: 'Bearer wrong' }, { 'x-api-key': key.slice(1) }]) {
      expect(() => new AdminKeyGuard(key).canActivate(requestWith(headers))).toThrow(
        expect.objectContaining({ status: 401, message: 'Unauthorized' }),
      );
    }
  });

  it('answers 503 and how to switch it on when no key is configured, whatever is presented', () => {
    expect(() => new AdminKeyGuard('').canActivate(requestWith({ authorization: 'Bearer ' }))).toThrow(
      expect.objectContaining({ status: 503, message: 'admin API disabled: set ADMIN_API_KEY' }),
    );
  });
});
