const preset = require('../../jest.preset.cjs');

// linkedom 0.18 pulls in css-select 7 and friends, published only as ES modules; jest's CommonJS
// runtime cannot load them untransformed (Node 20 can, jest cannot before Node 24.9).
const esmOnly = ['css-select', 'css-what', 'nth-check', 'boolbase', 'domutils', 'domhandler', 'dom-serializer', 'domelementtype', 'entities', 'htmlparser2', 'cssomnom'];

module.exports = {
  ...preset,
  displayName: 'feeds',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
  transform: { ...preset.transform, '^.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
};
