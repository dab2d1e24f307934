module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'conflict-events',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
};
