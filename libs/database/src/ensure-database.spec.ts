import { databaseNameOf } from './ensure-database';

describe('databaseNameOf', () => {
  it('reads the database of a postgres URL', () => {
    expect(databaseNameOf('postgres://postgres@127.0.0.1:5432/casualty_watch')).toBe('casualty_watch');
  });

  it('refuses a name that would break out of the quoted CREATE DATABASE', () => {
    expect(() => databaseNameOf('postgres://h/a%22%3B%20DROP%20DATABASE%20x')).toThrow(/not a plain identifier/);
    expect(() => databaseNameOf('postgres://h/')).toThrow(/not a plain identifier/);
  });
});
