import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Pure libs (type:domain, type:contracts, type:util) may not import a framework package: their logic
// must be testable in milliseconds without Nest, Kafka or a database (see STYLE.md section 2).
const framework = ['@nestjs/*', 'kafkajs', 'typeorm', 'pg', 'rss-parser', 'rxjs', 'reflect-metadata', 'undici'];
const wiring = ['type:domain', 'type:contracts', 'type:infra', 'type:util'];
const pure = (tag, deps) => ({ sourceTag: tag, onlyDependOnLibsWithTags: deps, bannedExternalImports: framework });

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/node_modules', '**/dist', '.cache', 'tmp', '.nx'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: wiring },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: wiring },
            pure('type:domain', ['type:domain', 'type:util']),
            pure('type:contracts', []),
            pure('type:util', ['type:util']),
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // A rest sibling names what an object is taken without (`const { reports, ...summary } = incident`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Specs, and the *.testing.ts helpers only specs import, may use the shared test helpers; nothing else may.
    files: ['**/*.spec.ts', '**/*.testing.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }],
        },
      ],
      // A spec that asserts on a value it just checked may say so with `!`.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];
