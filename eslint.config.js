// Flat ESLint config: TypeScript rules everywhere, Apps Script globals only where they are legal.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const appsScriptGlobals = Object.fromEntries(
  [
    'SpreadsheetApp', 'PropertiesService', 'LockService', 'ScriptApp', 'HtmlService',
    'Session', 'CacheService', 'Utilities', 'Logger', 'Browser', 'google',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'out/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core must stay pure: no Apps Script globals, no Node built-ins.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', '../gas/*', '../server/*', '../cli/*'] }],
      'no-restricted-globals': ['error', 'SpreadsheetApp', 'PropertiesService', 'LockService', 'ScriptApp', 'HtmlService', 'Session', 'process', 'require'],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'src/server/**/*.ts'],
    languageOptions: { globals: appsScriptGlobals },
  },
  {
    files: ['sidebar/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.browser, google: 'readonly' } },
  },
);
