import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersRule } from './build/eslint/layers.js';
import { bridgeRule } from './build/eslint/bridge.js';

const local = { rules: { layers: layersRule, bridge: bridgeRule } };

/** Date, time and number formatting outside shared/format.ts (the PC's locale and time zone). */
const dateFormatProperties = [
  ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toDateString', 'toTimeString', 'toUTCString'].map((property) => ({
    property,
    message: 'Dates, times and numbers shown to a reader go through shared/format.ts (formatDate, formatDateTime, formatNumber).',
  })),
  ...['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getTimezoneOffset'].map((property) => ({
    property,
    message: "The PC's time zone is not the officer's: use vietnamClock / todayInVietnam / yearInVietnam (shared/format.ts).",
  })),
  { object: 'Intl', property: 'DateTimeFormat', message: 'Dates and times go through shared/format.ts.' },
];
const dateAsText = 'A Date as text is the PC’s zone and English: use shared/format.ts (formatDateTime).';
const dateTextSyntax = [
  "CallExpression[callee.property.name='toString'][callee.object.type='NewExpression'][callee.object.callee.name='Date']",
  "CallExpression[callee.name='String'] > NewExpression.arguments[callee.name='Date']",
  "TemplateLiteral > NewExpression.expressions[callee.name='Date']",
].map((selector) => ({ selector, message: dateAsText }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      '.cchc-data/**',
      'test-results/**',
      'playwright-report/**',
      'tests/lint-fixtures/**',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { local },
    rules: {
      'local/layers': 'error',
      'local/bridge': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      // shared/ runs in main, preview, CLI and the renderer: no DOM, no Node globals either.
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', '__dirname', 'require', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Mantine's NumberInput reads "1.200" as 1 and "1,5" as 15: every typed number goes through NumberField (shared/vi-number.ts).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@mantine/core', importNames: ['NumberInput'], message: 'Dùng NumberField (renderer/src/components/NumberField.tsx).' },
          ],
        },
      ],
    },
    languageOptions: { globals: globals.browser },
  },
  {
    // The browser's own dialogs carry its title and, on some systems, English buttons: ConfirmButton asks instead.
    // Also the one formatter (below): ESLint keeps one option list per rule, so both lists are here.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'confirm', 'alert', 'prompt'],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'confirm', message: 'Use ConfirmButton (a Vietnamese dialog).' },
        { object: 'window', property: 'alert', message: 'Show an Alert in the page.' },
        { object: 'window', property: 'prompt', message: 'Use a form field.' },
        ...dateFormatProperties,
      ],
    },
  },
  {
    // One formatter for what a reader sees (shared/format.ts): Vietnamese dd/mm/yyyy, HH:mm in
    // Asia/Ho_Chi_Minh (UTC+7) and vi-VN numbers, never the PC's locale, time zone or format.
    files: ['shared/**/*.ts'],
    ignores: ['shared/format.ts'],
    rules: { 'no-restricted-properties': ['error', ...dateFormatProperties] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: ['shared/format.ts'],
    rules: { 'no-restricted-syntax': ['error', ...dateTextSyntax] },
  },
  {
    files: ['db/**', 'preview/**', 'cli/**', 'bench/**', 'electron/**', 'tests/**', 'build/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
);
