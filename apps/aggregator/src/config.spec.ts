import { loadAggregatorConfig } from './config';

describe('the aggregator configuration of roles', () => {
  it('reads reviewers as name:key, the name being who their corrections say made them', () => {
    const config = loadAggregatorConfig({ REVIEWER_API_KEYS: 'amina:amina-key-0123456789, joel:joel-key-0123456789' });
    expect(config.REVIEWER_API_KEYS).toEqual([
      { name: 'amina', key: 'amina-key-0123456789' },
      { name: 'joel', key: 'joel-key-0123456789' },
    ]);
    expect(config.REVIEW_CONFIDENCE_BELOW).toBe(0.5);
  });

  it.each([
    ['a key shorter than 16 characters', { REVIEWER_API_KEYS: 'amina:short' }, /REVIEWER_API_KEYS\s+the value is invalid: each reviewer is name:key/],
    ['two reviewers with one name', { REVIEWER_API_KEYS: 'amina:amina-key-0123456789,amina:other-key-0123456789' }, /two reviewers share a name/],
    [
      'a key given to two roles',
      { ADMIN_API_KEY: 'shared-key-0123456789', REVIEWER_API_KEYS: 'amina:shared-key-0123456789' },
      /a key is given to two roles/,
    ],
    ['a threshold above 1', { REVIEW_CONFIDENCE_BELOW: '1.5' }, /REVIEW_CONFIDENCE_BELOW\s+"1.5" is invalid/],
  ])('refuses %s and never prints the key', (_, env, problem) => {
    expect(() => loadAggregatorConfig(env)).toThrow(problem);
    try {
      loadAggregatorConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/key-0123456789/);
    }
  });
});
