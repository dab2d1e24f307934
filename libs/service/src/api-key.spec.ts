import { checkApiKey } from './api-key';

describe('checkApiKey', () => {
  const key = 'a-long-admin-key-0123456789';

  it('accepts the key as a bearer token or in x-api-key', () => {
    expect(checkApiKey(key, `Bearer ${key}`, undefined)).toBe(true);
    expect(checkApiKey(key, undefined, key)).toBe(true);
  });

  it('refuses a missing, wrong, or prefix-of-the-key value', () => {
    expect(checkApiKey(key, undefined, undefined)).toBe(false);
    expect(checkApiKey(key, 'Bearer wrong', undefined)).toBe(false);
    expect(checkApiKey(key, `Bearer ${key.slice(0, 10)}`, undefined)).toBe(false);
    expect(checkApiKey(key, `Basic ${key}`, undefined)).toBe(false);
  });

  it('refuses everything when no key is configured', () => {
    expect(checkApiKey('', 'Bearer ', '')).toBe(false);
  });
});
