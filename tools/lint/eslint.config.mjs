// ESLint for the whole repo: typescript-eslint, Lit and web-component rules.
// Run from the repo root: `npm run lint`.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'bench/results/**',
      'custom-elements.json',
      'packages/elements/cdn/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-console': ['error', { allow: ['debug'] }],
    },
  },
  {
    files: ['scripts/**', 'test/node/**', 'bench/*.ts', 'bench/*.mjs', '*.mjs', '*.ts', 'tools/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/fixtures/**/*.js'],
    languageOptions: { globals: { ...globals.browser, genesys: 'readonly' } },
  },
);
