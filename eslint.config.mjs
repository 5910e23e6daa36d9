// Lint rules checked by `npm test`: correctness (typescript-eslint), no import cycles, and the
// one-way data flow between the top-level folders of src/ (see docs/development.md, "Map of the code").
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, lowest first. A folder may import the folders before it, never the ones
 * after it, so data flows one way and no two folders import each other.
 */
const LAYERS = ['domain', 'reference', 'letters', 'schema', 'entities', 'db', 'ingest', 'resolvers', 'server', 'commands'];

const layerZones = LAYERS.map((layer, index) => ({
  target: `./src/${layer}`,
  from: [...LAYERS.slice(index + 1).map((higher) => `./src/${higher}`), './src/main.ts'],
  message: `src/${layer} sits below the folders it would import here; data flows one way (docs/development.md, "Map of the code").`,
}));

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'coverage/', 'examples/generated/', 'node_modules/', 'bench/results/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            {
              target: './src/letters',
              from: './src',
              except: ['./letters', './domain', './reference'],
              message: 'The letter parser is a library of its own: it imports only letters/, domain/ and reference/.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Off: with emitDecoratorMetadata a class used only as a decorated parameter's type is a
      // runtime import (type-graphql reads it), which this rule would turn into `import type`.
      '@typescript-eslint/consistent-type-imports': 'off',
      // type-graphql resolver lists and decorator targets are typed as Function by the library.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: globals.node,
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
