import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web*', 'release', 'test-results', 'playwright-report', 'bench/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: ['electron', ...nodeBuiltins].map((name) => ({ name, message: 'The renderer reaches the system only through the Host interface.' })) }],
    },
  },
  {
    // The pure domain: runs in Node, the renderer and Web Workers alike.
    files: ['src-shared/**/*.ts'],
    ignores: ['src-shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins].map((name) => ({ name, message: 'src-shared must not import Electron or Node built-ins.' })),
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'electron/*'], message: 'src-shared is pure: no React, DOM or storage.' },
            { group: ['**/src-main/**', '**/src-renderer/**', '../../src-main/*', '../../src-renderer/*'], message: 'src-shared may not import the runtimes that depend on it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({ name, message: 'src-shared must not touch the DOM or Node globals.' }))],
    },
  },
  {
    files: ['src-main/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', 'tooling/**/*.ts', '*.config.{ts,js}', 'src-shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
