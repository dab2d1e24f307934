const unit = require('./jest.config.cjs');

module.exports = {
  ...unit,
  displayName: 'fetcher:integration',
  testMatch: ['<rootDir>/src/**/*.integration.spec.ts'],
  testPathIgnorePatterns: [],
  testTimeout: 120000,
};
