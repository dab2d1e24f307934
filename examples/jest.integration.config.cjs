module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'examples:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.integration.spec.ts'],
  testTimeout: 120000,
};
