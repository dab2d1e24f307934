module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'database',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
};
