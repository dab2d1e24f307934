// Shared by every project's jest.config.cjs. SWC compiles TypeScript with decorator metadata
// (Nest's constructor injection needs it) and no type check: `npm test` runs tsc first.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@cw/(.*)$': path.join(__dirname, 'libs/$1/src/index.ts'),
  },
};
