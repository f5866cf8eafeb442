// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

const unsafeHtml = { name: 'lit/directives/unsafe-html.js', message: 'Backend text is text.' };
const WIDGETS = ['gauge', 'heatmap', 'leaderboard', 'timeline', 'screen', 'key-figures'];

/**
 * The direction of the layers: data ← core ← chart, map ← widgets. A widget folder imports
 * only the shared layers, never another widget's folder; `data` imports nothing above it;
 * `core` nothing of chart, map or a widget; chart and map no widget.
 */
function layerRules() {
  const above = (folders, message) => ({
    regex: `^(\\.\\./)+(${folders.join('|')})/`,
    message,
  });
  const rule = (files, patterns) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { paths: [unsafeHtml], patterns }] },
  });
  return [
    rule(
      ['src/data/**/*.ts'],
      [above(['core', 'chart', 'map', 'entries', ...WIDGETS], '`data` imports nothing above it.')],
    ),
    rule(
      ['src/core/**/*.ts'],
      [
        above(
          ['chart', 'map', 'entries', ...WIDGETS],
          '`core` sits below chart, map and the widgets.',
        ),
      ],
    ),
    rule(
      ['src/chart/**/*.ts', 'src/map/**/*.ts'],
      [above(['entries', ...WIDGETS], 'Shared layers import no widget.')],
    ),
    ...WIDGETS.map((widget) =>
      rule(
        [`src/${widget}/**/*.ts`],
        [
          above(
            ['entries', ...WIDGETS.filter((other) => other !== widget)],
            'A widget imports only the shared layers (core, data, chart, map); move shared code down.',
          ),
        ],
      ),
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-examples/',
      'storybook-static/',
      'node_modules/',
      'test-results/',
      'bench/tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      // Backend text must stay text: no data-to-markup sinks anywhere in the widgets.
      'lit/no-template-bind': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Backend text is text.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Backend text is text.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Backend text is text.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No eval under a strict CSP.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [unsafeHtml] }],
      'no-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules(),
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**/*.ts', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end tests hand functions to the page (page.evaluate): both worlds' globals apply.
    // So does the bench: its driver evaluates in the page, and bench/pages/ run there.
    files: ['test/e2e/**/*.js', 'test/editors/**/*.js', 'test/package/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
