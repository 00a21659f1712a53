// Flat ESLint config: TypeScript rules everywhere; Apps Script globals only in src/gas, the one
// layer that talks to Apps Script; the pure core may use neither them nor Node nor the layers
// above it, at any depth.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { appsScriptGlobals } from './scripts/lib/apps-script-globals.mjs';

const APPS_SCRIPT = appsScriptGlobals();
const NODE_GLOBALS = ['process', 'require', 'module', 'Buffer', '__dirname', '__filename', 'global', 'setImmediate'];
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'fetch'];

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
    // The core must stay pure: no Apps Script, no Node, no DOM; nothing from the layers above it.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinModules.map((name) => ({ name, message: 'src/core is pure: no Node APIs.' })),
        patterns: [
          { group: ['node:*'], message: 'src/core is pure: no Node APIs.' },
          { regex: '(^|/)(gas|server|cli|contract)(/|$)', message: 'src/core must not depend on gas, server, cli or the sidebar contract.' },
          { regex: '(^|/)sidebar(/|$)', message: 'src/core must not depend on the sidebar.' },
        ],
      }],
      'no-restricted-globals': ['error', ...[...APPS_SCRIPT, ...NODE_GLOBALS, ...BROWSER_GLOBALS].map((name) => ({ name, message: `src/core is pure: ${name} belongs in src/gas, the CLI or the sidebar.` }))],
    },
  },
  {
    // The entry points only check input, call src/gas and shape replies.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT.map((name) => ({ name, message: `${name} is used in src/gas only; call the gas module of the feature.` }))],
    },
  },
  {
    files: ['src/gas/**/*.ts'],
    languageOptions: { globals: Object.fromEntries(APPS_SCRIPT.map((name) => [name, 'readonly'])) },
  },
  {
    files: ['sidebar/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.browser, google: 'readonly' } },
  },
);
