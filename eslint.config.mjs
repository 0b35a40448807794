// `npm run lint`: ESLint's and typescript-eslint's recommended rules, Lit's template rules,
// lit-a11y's recommended accessibility rules in templates, and a few rules that guard this
// project's own rules (see "The bar" in the developers' guide and docs/):
// no unsafeHTML, no innerHTML, no comma-operator tricks, no `&&` as control flow.
// Type-aware rules are left out: on a 2-core machine they made the run several times slower
// for little gain over `tsc --noEmit`, which `npm test` runs anyway.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/** Rules that guard this project's own rules, for every file we lint. */
const projectRules = {
  // Feed data must never become markup: Lit's escaping is the only way text reaches the page.
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: render feed text through Lit bindings.' },
        {
          name: 'lit-html/directives/unsafe-html.js',
          message: 'No unsafeHTML: render feed text through Lit bindings.',
        },
      ],
    },
  ],
  // Comma-operator returns and `a && b()` statements were byte-shaving; write the if.
  'no-sequences': ['error', { allowInParentheses: false }],
  'no-unused-expressions': 'off',
  '@typescript-eslint/no-unused-expressions': [
    'error',
    { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: true },
  ],
  // Unused parameters named `_x` are part of a signature someone else calls.
  '@typescript-eslint/no-unused-vars': [
    'error',
    { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
  ],
};

/** Markup from strings: allowed only in tests, which build their fixtures from constant strings. */
const noMarkupFromStrings = {
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'No innerHTML: build DOM with Lit templates or createElement.' },
    { property: 'outerHTML', message: 'No outerHTML: build DOM with Lit templates or createElement.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
      message: 'No insertAdjacentHTML: build DOM with Lit templates or createElement.',
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'lib/**',
      'node_modules/**',
      'src/generated/**',
      'build-tsc/**',
      'bench-results/**',
      'bench/.out/**',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: projectRules,
  },
  // The widget and everything the browser runs: Lit's rules and accessibility rules for templates.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.js', 'test/**/pages/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.js'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.js', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Chai's property assertions (`expect(x).to.exist`) are expressions by design; `&&`, `||`
      // and `?:` as statements are still refused below.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests reach into window globals and private fields that have no public type on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExpressionStatement > :matches(LogicalExpression, ConditionalExpression)',
          message: 'No `&&`, `||` or `?:` as control flow: write the if.',
        },
      ],
    },
  },
  // Node: the CLI, build configs, scripts, benchmarks, node tests and the test runner's config.
  {
    files: ['src/cli/**/*.ts', '*.mjs', '*.cjs', 'scripts/**', 'bench/**', 'test/**/*.mjs', 'bin/**', 'demo/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Benchmarks and screenshots are Node scripts whose callbacks run in the page (page.evaluate).
  {
    files: ['bench/**', 'scripts/screenshots.mjs', 'scripts/workbench-screenshots.mjs', 'scripts/wordpress/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    ignores: ['test/**'],
    rules: noMarkupFromStrings,
  },
);
