import { z } from 'zod';
import { ConfigError, env, loadConfig, variable } from './index';

const schema = {
  FEED_POLL_INTERVAL_MS: variable(env.integer(1000), 'how often each feed is polled', { default: '60000' }),
  DATABASE_URL: variable(env.postgresUrl(), 'Postgres URL of the seen-articles store'),
  ADMIN_API_KEY: variable(z.string().min(16), 'key for the admin routes', { secret: true }),
};

describe('loadConfig', () => {
  it('fills defaults and parses typed values', () => {
    const config = loadConfig('fetcher', schema, {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/cw',
      ADMIN_API_KEY: 'k'.repeat(16),
    });
    expect(config.FEED_POLL_INTERVAL_MS).toBe(60000);
  });

  it('reports every problem at once, naming each variable and why', () => {
    let error: unknown;
    try {
      loadConfig('fetcher', schema, { FEED_POLL_INTERVAL_MS: '5s', ADMIN_API_KEY: 'short-secret' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^fetcher: configuration is invalid \(3 problems\)/);
    expect(message).toMatch(/FEED_POLL_INTERVAL_MS\s+"5s" is invalid: not an integer/);
    expect(message).toMatch(/DATABASE_URL\s+missing\s+\(Postgres URL of the seen-articles store\)/);
  });

  it('never prints a secret, even when it is invalid', () => {
    expect(() => loadConfig('fetcher', schema, { ADMIN_API_KEY: 'short-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('short-secret') }),
    );
  });

  it('refuses a value below the minimum instead of coercing it', () => {
    expect(() =>
      loadConfig('fetcher', schema, {
        FEED_POLL_INTERVAL_MS: '10',
        DATABASE_URL: 'postgres://x@h/db',
        ADMIN_API_KEY: 'k'.repeat(16),
      }),
    ).toThrow(/FEED_POLL_INTERVAL_MS\s+"10" is invalid/);
  });
});
